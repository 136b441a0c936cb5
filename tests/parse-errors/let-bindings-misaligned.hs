module Main where

f :: Int -> Int
f x = let a = 1
           b = 2
      in a + b + x

main :: IO ()
main = return ()
