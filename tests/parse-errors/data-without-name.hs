module Main where

data = X

main :: IO ()
main = return ()
