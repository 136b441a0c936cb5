module Main where

f :: Bool -> Int
f b = then 1

main :: IO ()
main = return ()
