module Main where

data R = R { a :: Int }

r :: R
r = R { a = }

main :: IO ()
main = return ()
