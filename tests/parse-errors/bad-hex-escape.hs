module Main where

s :: String
s = "\xZZ"

main :: IO ()
main = return ()
