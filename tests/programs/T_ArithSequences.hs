module Main where

-- Arithmetic sequences on Int, Integer, Char and Double, including the
-- Double rule that the limit is extended by half a step.

main :: IO ()
main = do
  print [1 .. 10 :: Int]
  print [1, 3 .. 10 :: Int]
  print [10, 8 .. 1 :: Int]
  print [5 .. 1 :: Int]
  print [5, 4 .. 5 :: Int]
  print (take 5 [100, 90 ..] :: [Integer])
  print ['a' .. 'f']
  print ['a', 'c' .. 'k']
  print ['z', 'x' .. 'p']
  print [0.1, 0.2 .. 1.0 :: Double]
  print [1.0 .. 5.5 :: Double]
  print [1.0, 1.5 .. 3.0 :: Double]
  print [0, 0.1 .. 0.35 :: Double]
  print [5.0, 4.0 .. 1.0 :: Double]
  print [1.5 .. 4 :: Double]
  print (length [1 .. 100000 :: Int])
  print (sum [1, 3 .. 999 :: Integer])
  print (take 3 [maxBound - 1 :: Int ..])
  print [LT ..]
  print [False ..]
