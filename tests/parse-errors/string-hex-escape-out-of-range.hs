module Main where

s :: String
s = "ok \x110000"

main :: IO ()
main = return ()
