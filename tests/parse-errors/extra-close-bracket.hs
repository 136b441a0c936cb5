module Main where

xs :: [Int]
xs = [1, 2]]

main :: IO ()
main = return ()
