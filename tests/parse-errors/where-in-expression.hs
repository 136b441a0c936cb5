module Main where

x :: Int
x = (y where y = 1)

main :: IO ()
main = return ()
