module Main where

c :: Char
c = 'a

main :: IO ()
main = return ()
