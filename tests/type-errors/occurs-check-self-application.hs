module Main where

selfApply f = f f

main :: IO ()
main = print 1
