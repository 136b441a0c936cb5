module Main where

data R = R { a :: Int }

r :: R
r = R { a = 1

main :: IO ()
main = return ()
