module Main where

f :: Int -> Int
f x = y + z
  where
    y = x
   z = 2

main :: IO ()
main = return ()
