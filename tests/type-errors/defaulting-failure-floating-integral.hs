module Main where

main :: IO ()
main = print (sqrt 16 `div` 2)
