module Main where

f :: Int -> Int
f x = (let y = 1) + x

main :: IO ()
main = return ()
