module Main where

initial :: Char
initial = "a"

main :: IO ()
main = print initial
