module Main where

first :: [Int] -> Int
first (a, b) = a

main :: IO ()
main = print (first [1, 2])
