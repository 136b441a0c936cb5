module Main where

f :: Int -> Int -> Int
f = (`div`)

main :: IO ()
main = return ()
