module Main where

data T = | A | B

main :: IO ()
main = return ()
