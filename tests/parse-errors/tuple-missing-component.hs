module Main where

t :: (Int, Int, Int)
t = (1,,2)

main :: IO ()
main = return ()
