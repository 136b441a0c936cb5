module Main where

f :: Int -> Bool
f x == 1

main :: IO ()
main = return ()
