module Main where

import Data.Char (toUpper)

main :: IO ()
main = print (toUpper "a")
