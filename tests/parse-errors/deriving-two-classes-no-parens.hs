module Main where

data T = A | B deriving Show Eq

main :: IO ()
main = return ()
