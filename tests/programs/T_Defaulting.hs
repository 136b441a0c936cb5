module Main where

-- Type defaulting: unconstrained numeric literals default to Integer,
-- fractional ones to Double.

average :: [Int] -> Double
average xs = fromIntegral (sum xs) / fromIntegral (length xs)

main :: IO ()
main = do
  print (2 ^ 10)
  print (2 ^ 70)
  print (1 / 2)
  print (7 `div` 2, 7 / 2)
  print (show (3 * 4))
  print (fromIntegral (length "hello") / 2)
  print (fromIntegral (length [1, 2, 3 :: Int]) * 10)
  print (average [1, 2, 3, 4])
  print (truncate (10 / 3))
  print (round 2.5, round 3.5)
  print (sqrt 16)
  print [1, 2.5]
  print (realToFrac (1.5 :: Float) * 2)
  let n = 10
  print (n * 1.5)
  print (length [1 .. 5] + 1)
  print (toEnum 66 :: Char, fromEnum 'C')
