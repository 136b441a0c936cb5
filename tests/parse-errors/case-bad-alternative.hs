module Main where

f :: Int -> Int
f x = case x of = 1

main :: IO ()
main = return ()
