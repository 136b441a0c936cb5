module Main where

f :: Int -> Int
f (n + 1) = n
f _ = 0

main :: IO ()
main = return ()
