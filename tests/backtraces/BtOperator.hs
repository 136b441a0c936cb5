module Main where

-- A user-defined operator.

infixl 6 |+|

(|+|) :: (Int, Int) -> (Int, Int) -> (Int, Int)
(a, b) |+| (c, d)
  | b + d > 100 = error "vector too long"
  | otherwise = (a + c, b + d)

main :: IO ()
main = do
  print ((1, 2) |+| (3, 4))
  print ((1, 60) |+| (3, 50) |+| (0, 0))
