module Main where

count :: Int
count = True

main :: IO ()
main = print count
