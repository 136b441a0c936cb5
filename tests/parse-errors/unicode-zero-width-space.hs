module Main where

x :: Int
x = 1 ​+ 2

main :: IO ()
main = return ()
