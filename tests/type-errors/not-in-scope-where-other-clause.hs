module Main where

f :: Int -> Int
f 0 = y
f n = n + y
  where y = 10

main :: IO ()
main = print (f 0)
