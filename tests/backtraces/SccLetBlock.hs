module Main where

spread :: [Int] -> Int
spread xs = {-# SCC "spreadBlock" #-}
  let lo = minimum xs
      hi = maximum xs
  in if hi == lo then error "spread: no spread" else hi - lo

main :: IO ()
main = do
  print (spread [3, 9, 4])
  print (spread [5, 5])
