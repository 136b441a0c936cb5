module Main where

s :: String
s = "abc\
    def"

main :: IO ()
main = return ()
