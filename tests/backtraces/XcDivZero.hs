module Main where

ratio :: Int -> Int -> Int
ratio a b = a `div` b

scale :: [Int] -> [Int]
scale = map (ratio 100)

main :: IO ()
main = do
  print (ratio 4 2)
  print (sum (scale [5, 4, 0, 2]))
