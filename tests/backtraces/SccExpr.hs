module Main where

score :: Int -> Int
score n = {-# SCC "scoring" #-} (n * 2 + penalty n)

penalty :: Int -> Int
penalty n
  | n > 5 = error ("penalty for " ++ show n)
  | otherwise = 0

main :: IO ()
main = do
  print (score 3)
  print ({-# SCC "total" #-} sum (map score [1, 4, 9]))
