module Main where

same :: (Int -> Int) -> (Int -> Int) -> Bool
same f g = f == g

main :: IO ()
main = print (same id id)
