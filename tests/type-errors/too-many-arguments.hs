module Main where

main :: IO ()
main = print (not True False)
