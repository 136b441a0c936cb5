module Main where

-- The monomorphism restriction: a pattern/simple binding without a
-- signature gets a monomorphic type, resolved by its uses in the module
-- (here Double) rather than defaulted to Integer.

plus = (+)

scale = (* 2)

total = sum [1, 2, 3]

twice :: Int -> Int
twice = (* 2)

main :: IO ()
main = do
  print (plus 1.5 2)
  print (plus 10 20)
  print (scale 4.25)
  print (map scale [1, 2, 3])
  print total
  print (total / 4)
  print (twice 21)
