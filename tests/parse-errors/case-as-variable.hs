module Main where

x :: Int
x = case

main :: IO ()
main = return ()
