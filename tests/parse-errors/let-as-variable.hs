module Main where

let = 1

main :: IO ()
main = return ()
