module Main where

class Pretty a where
  pretty :: a -> String

data Temp = Celsius Int | Kelvin Int

instance Pretty Temp where
  pretty t = render t
    where
      render (Celsius c) = show c ++ "C"
      render (Kelvin k) = convert k ++ "C"
      convert k
        | k < 0 = error ("below absolute zero: " ++ show k)
        | otherwise = show (k - 273)

instance Pretty Bool where
  pretty b = if b then "yes" else "no"

main :: IO ()
main = do
  putStrLn (pretty True)
  putStrLn (pretty (Celsius 20))
  putStrLn (pretty (Kelvin 300))
  putStrLn (pretty (Kelvin (-4)))
