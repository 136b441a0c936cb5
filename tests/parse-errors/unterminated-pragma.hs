module Main where

f :: Int -> Int
f x = x
{-# NOTAPRAGMA f

main :: IO ()
main = return ()
