module Main where

firstOf :: [Int] -> Int
firstOf xs = head xs + 1

main :: IO ()
main = do
  let zs = filter (> 5) [1, 2, 3]
      ws = filter (> 1) [1, 2, 3]
  print (firstOf ws)
  print (firstOf zs)
