module Main where

-- show for Double (and a little Float): shortest representation that
-- reads back, scientific notation outside [0.1, 10^7), NaN, Infinity,
-- negative zero.

main :: IO ()
main = do
  print (0.1 :: Double)
  print (1.0e-2 :: Double)
  print (0.01 :: Double)
  print (1.0 :: Double)
  print (1.2345678e7 :: Double)
  print (1234567.0 :: Double)
  print (9999999.0 :: Double)
  print (10000000.0 :: Double)
  print (5.0e-324 :: Double)
  print (1.7976931348623157e308 :: Double)
  print (0.1 + 0.2 :: Double)
  print (1 / 3 :: Double)
  print (2 / 3 :: Double)
  print (0 / 0 :: Double)
  print (1 / 0 :: Double)
  print (-1 / 0 :: Double)
  print (-0.0 :: Double)
  print (negate 0 :: Double)
  print (fromIntegral (3 :: Int) :: Double)
  print (fromIntegral (2 ^ 62 :: Integer) :: Double)
  print (100 :: Double)
  print (123.456 :: Double)
  print (-2.5e-3 :: Double)
  print (sqrt 2 :: Double)
  print (pi :: Double)
  print (exp 1 :: Double)
  print (1 / 3 :: Float)
  print (16777216.0 :: Float)
  print [1.5, -0.25, 1e22 :: Double]
  print (Just (-1.0e-3 :: Double))
  print (isNaN (0 / 0 :: Double), isInfinite (1 / 0 :: Double), isNegativeZero (-0.0 :: Double))
  print (0.1 * 3 :: Double)
  print (realToFrac (0.1 :: Float) :: Double)
