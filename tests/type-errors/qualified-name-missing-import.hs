module Main where

main :: IO ()
main = print (Data.Char.toUpper 'a')
