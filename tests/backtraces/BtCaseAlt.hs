module Main where

-- An error in a case alternative and in a guard.

data Op = Plus | Minus | Times | Div

apply :: Op -> Int -> Int -> Int
apply op a b = case op of
  Plus -> a + b
  Minus -> a - b
  Times -> a * b
  Div
    | b == 0 -> error "division by zero in apply"
    | otherwise -> a `div` b

main :: IO ()
main = do
  print (apply Plus 2 3)
  print (apply Div 6 3)
  print (apply Div 1 0)
