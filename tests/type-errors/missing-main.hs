module Main where

helper :: Int -> Int
helper x = x * 2
