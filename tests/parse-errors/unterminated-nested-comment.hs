module Main where

{- outer
   {- inner -}
   still in the outer comment

x :: Int
x = 1

main :: IO ()
main = return ()
