module Main where

greeting :: String
greeting = "hello
world"

main :: IO ()
main = return ()
