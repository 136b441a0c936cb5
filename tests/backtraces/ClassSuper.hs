module Main where

class Named a where
  label :: a -> String

class Named a => Priced a where
  price :: a -> Int
  tag :: a -> String
  tag x = label x ++ ": " ++ show (price x)

data Item = Apple | Pear | Plum

instance Named Item where
  label Apple = "apple"
  label Pear = "pear"
  label Plum = error "plum has no label"

instance Priced Item where
  price Apple = 3
  price Pear = 4
  price Plum = 5

main :: IO ()
main = mapM_ (putStrLn . tag) [Apple, Pear, Plum]
