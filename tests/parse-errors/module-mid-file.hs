module Main where

x :: Int
x = 1

module Other where

main :: IO ()
main = return ()
