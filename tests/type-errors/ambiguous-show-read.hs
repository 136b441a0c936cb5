module Main where

main :: IO ()
main = putStrLn (show (read "1"))
