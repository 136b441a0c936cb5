module Main where

c :: Char
c = 'ab'

main :: IO ()
main = return ()
