module Main where

f :: Int -> Int
f x = x
{-# INLINE f

main :: IO ()
main = return ()
