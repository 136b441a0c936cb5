module Main where

placeholder :: Int -> Int
placeholder n
  | n < 3 = n
  | otherwise = undefined

main :: IO ()
main = do
  print (map placeholder [0, 1, 2])
  print (placeholder 3)
