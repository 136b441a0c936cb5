module Main where

safeDiv :: Int -> Int -> Int
safeDiv _ 0 = error "safeDiv: division by zero"
safeDiv a b = a `div` b

main :: IO ()
main = do
  print (map (`safeDiv` 2) [10, 20, 30])
  print (map (100 `safeDiv`) [5, 4])
  print (map (subtract 1) (map (60 `safeDiv`) [3, 2, 1, 0]))
