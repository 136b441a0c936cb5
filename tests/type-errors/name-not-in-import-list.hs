module Main where

import Data.List (sort)

main :: IO ()
main = print (nub (sort [3, 1, 3 :: Int]))
