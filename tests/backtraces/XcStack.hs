-- Expected exit code: 2
module Main where

deep :: Int -> Int
deep 0 = 0
deep n = 1 + deep (n - 1)

main :: IO ()
main = print (deep 100000000)
