module Main where

-- Int is 64-bit two's complement and wraps around on overflow.

main :: IO ()
main = do
  let big = maxBound :: Int
      small = minBound :: Int
  print big
  print (big + 1)
  print (small - 1)
  print (big * 2)
  print (negate small)
  print (abs small)
  print (2 ^ 63 :: Int)
  print (2 ^ 64 :: Int)
  print (3 ^ 41 :: Int)
  print (product [1 .. 25] :: Int)
  print (product [1 .. 25] :: Integer)
  print (fromIntegral (2 ^ 40 :: Int) * (2 ^ 30) :: Int)
  print (sum (replicate 10 (big `div` 5)))
  print (fromIntegral big + (1 :: Integer))
  print (fromInteger (2 ^ 63) :: Int)
