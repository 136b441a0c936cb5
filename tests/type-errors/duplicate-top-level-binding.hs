module Main where

answer :: Int
answer = 41

other :: Int
other = 1

answer = 42

main :: IO ()
main = print answer
