module Main where

count :: Maybe -> Int
count _ = 0

main :: IO ()
main = print 0
