module Main where

import A

main :: IO ()
main = print (countA 3)
