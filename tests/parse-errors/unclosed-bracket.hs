module Main where

xs :: [Int]
xs = [1, 2, 3

main :: IO ()
main = return ()
