module Main where

-- A partial application bound by let, used twice.

scale :: Int -> Int -> Int
scale k x = if x > 50 then error ("out of range: " ++ show x) else k * x

main :: IO ()
main = do
  let triple = scale 3
      small = map triple [1, 2, 3]
      large = map triple [10, 60]
  print small
  print large
