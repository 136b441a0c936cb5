module Main where

size :: Tree -> Int
size _ = 0

main :: IO ()
main = print 1
