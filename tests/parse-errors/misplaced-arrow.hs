module Main where

f :: Int -> Int
f x -> x

main :: IO ()
main = return ()
