module Main where

c :: Char
c = '\1114112'

main :: IO ()
main = return ()
