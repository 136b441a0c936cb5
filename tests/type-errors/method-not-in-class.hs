module Main where

data X = X

instance Show X where
  display _ = "X"

main :: IO ()
main = print X
