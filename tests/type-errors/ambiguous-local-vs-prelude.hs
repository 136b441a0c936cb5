module Main where

lookup :: Int -> [(Int, String)] -> String
lookup _ _ = "none"

main :: IO ()
main = putStrLn (lookup 1 [])
