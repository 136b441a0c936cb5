module Main where

-- Integer arithmetic beyond 64 bits, and div/mod/quot/rem with negative
-- operands (div/mod round toward negative infinity, quot/rem toward zero).

factorial :: Integer -> Integer
factorial n = product [1 .. n]

fibs :: [Integer]
fibs = 0 : 1 : zipWith (+) fibs (tail fibs)

main :: IO ()
main = do
  print (factorial 25)
  print (factorial 52)
  print (2 ^ 64 :: Integer)
  print (2 ^ 100 - 1 :: Integer)
  print (negate (3 ^ 50) :: Integer)
  print (fibs !! 150)
  print (factorial 30 `div` factorial 28)
  print (12345678901234567890 * 98765432109876543210 :: Integer)
  print ((2 ^ 128) `divMod` (10 ^ 20 :: Integer))
  print ((-(2 ^ 70)) `quotRem` (3 :: Integer))
  print ((-(2 ^ 70)) `divMod` (3 :: Integer))
  print [ (a `div` b, a `mod` b, a `quot` b, a `rem` b)
        | (a, b) <- [(7, 2), (-7, 2), (7, -2), (-7, -2)] :: [(Integer, Integer)] ]
  print [ (a `div` b, a `mod` b, a `quot` b, a `rem` b)
        | (a, b) <- [(7, 2), (-7, 2), (7, -2), (-7, -2)] :: [(Int, Int)] ]
  print (gcd (factorial 20) (2 ^ 40 :: Integer))
  print (abs (-(10 ^ 30)) :: Integer, signum (-(10 ^ 30)) :: Integer)
  print (length (show (factorial 100)))
  print (compare (2 ^ 65) (2 ^ 64 * 2 :: Integer))
  print (fromIntegral (2 ^ 64 + 5 :: Integer) :: Int)
  print (toInteger (maxBound :: Int) + 1)
