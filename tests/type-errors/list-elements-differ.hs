module Main where

flags :: [Bool]
flags = [True, 'n', False]

main :: IO ()
main = print flags
