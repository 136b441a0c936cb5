module Main where

-- show/print of Double and Float values: small and large exponents,
-- infinities, NaN, negative zero, denormals, the largest Double, and the
-- rounding functions (including banker's rounding in round).

main :: IO ()
main = do
  print (0.1 :: Double)
  print (1.0e-2 :: Double)
  print (1.2345678e7 :: Double)
  print (123456.789 :: Double)
  print [0.1, 1, 10, 1234567, 12345678, 0.01, 0.001 :: Double]
  print (1 / 0 :: Double, -1 / 0 :: Double)
  print (0 / 0 :: Double)
  print (-0.0 :: Double, negate 0 :: Double)
  print (5.0e-324 :: Double)
  print (1.7976931348623157e308 :: Double)
  print (sqrt 2 :: Double, pi :: Double)
  print (exp 1 :: Double)
  print (fromIntegral (3 :: Int) :: Double, fromIntegral (2 ^ 60 :: Integer) :: Double)
  print (0.1 + 0.2 :: Double)
  print (1 / 3 :: Double, 2 / 3 :: Double)
  print (-2.5e-3 :: Double, 1.0e22 :: Double, 1.0e21 :: Double)
  print (map truncate [-2.7, -2.5, -2.2, 2.2, 2.5, 2.7 :: Double] :: [Int])
  print (map round [-2.7, -2.5, -2.2, 2.2, 2.5, 2.7 :: Double] :: [Int])
  print (map ceiling [-2.7, -2.5, -2.2, 2.2, 2.5, 2.7 :: Double] :: [Int])
  print (map floor [-2.7, -2.5, -2.2, 2.2, 2.5, 2.7 :: Double] :: [Int])
  print (round (2.5 :: Double) :: Int, round (3.5 :: Double) :: Int)
  print (map round [0.5, 1.5, -0.5, -1.5 :: Double] :: [Integer])
  print (3.14 :: Float)
  print (1 / 3 :: Float)
  print (sqrt 2 :: Float, 1.0e-2 :: Float, 1.0e7 :: Float)
  print (realToFrac (0.1 :: Float) :: Double)
  print (isNaN (0 / 0 :: Double), isInfinite (1 / 0 :: Double))
  print (Just (-1.5 :: Double), [Left 2.0, Right (-0.25)] :: [Either Double Double])
  print (truncate (1.0e10 :: Double) :: Integer, round (-1.0e15 :: Double) :: Integer)
