module Main where

infixl 6 |+|
infixr 5 +++

(|+|) :: (Int, Int) -> (Int, Int) -> (Int, Int)
(a, b) |+| (c, d)
  | a + c > 50 = error "vector overflow"
  | otherwise = (a + c, b + d)

(+++) :: [Int] -> [Int] -> [Int]
xs +++ ys = foldr (:) ys xs

main :: IO ()
main = do
  print ((1, 2) |+| (3, 4) |+| (5, 6))
  print ([1, 2] +++ [3] +++ [4, 5])
  print (foldl (|+|) (0, 0) [(10, 1), (20, 2), (30, 3)])
