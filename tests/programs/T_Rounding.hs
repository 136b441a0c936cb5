module Main where

-- truncate, round (to even on .5), ceiling, floor, on positive and
-- negative values; properFraction; results at Int and Integer.

vals :: [Double]
vals = [2.5, 3.5, -2.5, -3.5, 0.5, -0.5, 1.5, 2.4, 2.6, -2.4, -2.6, 7.0, -7.0]

main :: IO ()
main = do
  print (map round vals :: [Int])
  print (map truncate vals :: [Int])
  print (map ceiling vals :: [Int])
  print (map floor vals :: [Int])
  print (map properFraction [3.75, -3.75 :: Double] :: [(Int, Double)])
  print (round (1.0e20 :: Double) :: Integer)
  print (truncate (-1.0e20 :: Double) :: Integer)
  print (floor (-0.0001 :: Double) :: Integer, ceiling (0.0001 :: Double) :: Integer)
  print (round (2.5 :: Float) :: Int, round (0.5000001 :: Double) :: Int)
  print (fromIntegral (round (123.456 * 100 :: Double) :: Int) / (100 :: Double))
  print (map (\x -> round x :: Integer) [10.5, 11.5, 12.5 :: Double])
