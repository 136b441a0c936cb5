module Main where

import Data.List (sort

x :: [Int]
x = sort [2, 1]

main :: IO ()
main = return ()
