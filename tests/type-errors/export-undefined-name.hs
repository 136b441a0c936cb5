module Main (main, helper) where

main :: IO ()
main = putStrLn "exports"
