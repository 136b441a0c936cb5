module Main where

-- A class with a superclass, and a method using the superclass.

class Show a => Pretty a where
  pretty :: a -> String
  pretty x = "<" ++ show x ++ ">"

data Temp = Temp Int

instance Show Temp where
  show (Temp t) = if t < -273 then error "below absolute zero" else show t ++ "C"

instance Pretty Temp

main :: IO ()
main = do
  putStrLn (pretty (Temp 20))
  putStrLn (pretty (Temp (-300)))
