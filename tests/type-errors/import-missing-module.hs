module Main where

import Data.Nonexistent

main :: IO ()
main = putStrLn "nothing"
