module Main where

data Colour = Red | Green
data Light = Red | Amber

main :: IO ()
main = putStrLn "lights"
