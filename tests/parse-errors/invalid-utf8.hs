module Main where

x :: Int
x = 1 + ÿ 2

main :: IO ()
main = return ()
