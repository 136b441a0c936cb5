module Main where

import Data.List (unfoldr)

fibs :: [Int]
fibs = unfoldr gen (0, 1)
  where
    gen (a, b)
      | a > 50 = Just (error ("fib too large: " ++ show a), (b, a + b))
      | otherwise = Just (a, (b, a + b))

main :: IO ()
main = do
  print (take 8 fibs)
  putStrLn (unwords (map show (take 12 fibs)))
