module Main where

data X = X

instance Show X where
  show _ = "X"

instance Show X where
  show _ = "Y"

main :: IO ()
main = print X
