module Main where

-- undefined reached through a local function.

firstPositive :: [Int] -> Int
firstPositive xs = search xs
  where
    search [] = undefined
    search (y : ys) = if y > 0 then y else search ys

main :: IO ()
main = do
  print (firstPositive [-1, 2])
  print (firstPositive [-1, -2])
