module Main where

-- A default method calling an instance method.

class Sized a where
  size :: a -> Int
  summary :: a -> String
  summary x = "size " ++ show (size x)

data Box = Box [Int]

instance Sized Box where
  size (Box xs) = if null xs then error "empty box" else length xs

main :: IO ()
main = do
  putStrLn (summary (Box [1, 2]))
  putStrLn (summary (Box []))
