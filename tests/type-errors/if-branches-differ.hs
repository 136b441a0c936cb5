module Main where

label :: Bool -> String
label b = if b then 'y' else "no"

main :: IO ()
main = putStrLn (label True)
