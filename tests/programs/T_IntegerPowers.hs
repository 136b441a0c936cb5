module Main where

-- Large Integer arithmetic: big powers, factorials, products, gcd/lcm of
-- big numbers, negative big numbers, and fromIntegral conversions between
-- Int and Integer including wrap-around on overflow.

factorial :: Integer -> Integer
factorial n = product [1 .. n]

digitSum :: Integer -> Integer
digitSum 0 = 0
digitSum n = n `mod` 10 + digitSum (n `div` 10)

main :: IO ()
main = do
  print (2 ^ 200 :: Integer)
  print (3 ^ 100 :: Integer)
  print (factorial 50)
  print (product [10 ^ 20 + 1, 10 ^ 18 + 3, 99999999999 :: Integer])
  print (gcd (factorial 30) (2 ^ 100 :: Integer), lcm (2 ^ 70) (6 ^ 30 :: Integer))
  print (gcd (3 ^ 60 * 7) (3 ^ 45 * 49 :: Integer))
  print (-(2 ^ 70) :: Integer)
  print (show (-(2 ^ 70) :: Integer))
  print [negate (10 ^ 25), 10 ^ 25 - 1, -1 :: Integer]
  print (Just (-(2 ^ 65) :: Integer))
  print (digitSum (2 ^ 1000))
  print (length (show (factorial 100)))
  print ((2 ^ 64 :: Integer) - 1, 2 ^ 63 :: Integer)
  print (fromIntegral (2 ^ 64 + 5 :: Integer) :: Int)
  print (fromIntegral (2 ^ 63 :: Integer) :: Int)
  print (fromIntegral (-(2 ^ 63) - 1 :: Integer) :: Int)
  print (fromIntegral (maxBound :: Int) + 1 :: Integer)
  print (fromIntegral (minBound :: Int) - 1 :: Integer)
  print (toInteger (maxBound :: Int) * toInteger (maxBound :: Int))
  print (fromInteger (3 ^ 50) :: Int)
  print (compare (2 ^ 100) (3 ^ 63 :: Integer), (2 ^ 100 :: Integer) == 4 ^ 50)
  print (abs (-(5 ^ 40)) :: Integer, signum (-(5 ^ 40)) :: Integer)
  print ((10 ^ 30 :: Integer) `div` 7 ^ 10, (-(10 ^ 30) :: Integer) `mod` 7 ^ 10)
