module Main where

import Data.List (sort, sortt)

main :: IO ()
main = print (sort [3, 1, 2 :: Int])
