module Main where

x :: Int
x = 1
 y = 2

main :: IO ()
main = return ()
