module Main where

data Person = Person { name :: String, age :: Int, name :: String }

main :: IO ()
main = putStrLn "fields"
