module Main where

x :: Int
(x, y) = (True, 'c')

main :: IO ()
main = print y
