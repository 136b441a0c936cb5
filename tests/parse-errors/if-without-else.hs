module Main where

f :: Bool -> Int
f b = if b then 1

main :: IO ()
main = return ()
