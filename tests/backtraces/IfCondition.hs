module Main where

isSafe :: Int -> Bool
isSafe x
  | x == 13 = error "unlucky number"
  | otherwise = x < 100

clamp :: Int -> Int
clamp x = if isSafe x then x else 100

main :: IO ()
main = do
  print (map clamp [5, 500])
  print (map clamp [12, 13, 14])
