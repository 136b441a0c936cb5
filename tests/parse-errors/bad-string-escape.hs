module Main where

s :: String
s = "abc\qdef"

main :: IO ()
main = return ()
