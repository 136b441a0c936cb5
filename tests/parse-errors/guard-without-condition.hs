module Main where

f :: Int -> Int
f x | = 1

main :: IO ()
main = return ()
