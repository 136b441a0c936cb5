module Main where

type Pair a = (a, a)

swap :: Pair -> (Int, Int)
swap (a, b) = (b, a)

main :: IO ()
main = print 0
