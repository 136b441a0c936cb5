module Main where

main :: IO ()
main = print (frobnicate 3)
