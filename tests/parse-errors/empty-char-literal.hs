module Main where

c :: Char
c = ''

main :: IO ()
main = return ()
