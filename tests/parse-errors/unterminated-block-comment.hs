module Main where

x :: Int
x = 1 {- a comment that
 never ends

main :: IO ()
main = return ()
