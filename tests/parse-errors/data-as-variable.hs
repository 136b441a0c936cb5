module Main where

f :: Int -> Int
f data = 2

main :: IO ()
main = return ()
