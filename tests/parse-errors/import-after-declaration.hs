module Main where

x :: Int
x = 1

import Data.List

main :: IO ()
main = return ()
