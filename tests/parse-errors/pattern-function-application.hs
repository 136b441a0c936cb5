module Main where

f :: Int -> Int
f (g x) = x

main :: IO ()
main = return ()
