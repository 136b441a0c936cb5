module Main where

infixl x +

main :: IO ()
main = return ()
