module Main where

twice :: Int -> Int
twice :: Int -> Int
twice x = x * 2

main :: IO ()
main = print (twice 3)
