module Main where

normalise :: [Int] -> [Int]
normalise xs = map (`div` top) xs
  where
    top = case maximum xs of
      0 -> error "normalise: all zero"
      m -> m

main :: IO ()
main = do
  print $ sum $ normalise $ map (* 10) [1, 2, 3]
  print $ length $ show $ normalise $ replicate 3 0
