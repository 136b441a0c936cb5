module Main where

main :: IO ()
main = print ('a' + 1)
