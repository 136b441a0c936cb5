module Main where

xs :: [Int]
xs = [x | ]

main :: IO ()
main = return ()
