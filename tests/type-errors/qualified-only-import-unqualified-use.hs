module Main where

import qualified Data.Char as C

main :: IO ()
main = print (toUpper 'a')
