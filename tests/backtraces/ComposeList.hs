module Main where

composeAll :: [a -> a] -> a -> a
composeAll = foldr (.) id

stages :: [Int -> Int]
stages = [(+ 1), guardPositive, (* 2), subtract 5]

guardPositive :: Int -> Int
guardPositive n =
  if n <= 0
    then error ("non-positive stage input " ++ show n)
    else n

main :: IO ()
main = do
  print (composeAll stages 10)
  print (map (composeAll stages) [4, 3, 2])
