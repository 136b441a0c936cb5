module Main where

xs = [xs]

main :: IO ()
main = print 1
