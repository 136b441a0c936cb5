module Main where

-- Mutual recursion between two where-bound helpers.
collatzSteps :: Int -> Int
collatzSteps start = down start 0
  where
    down 1 k = k
    down n k
      | even n = down (n `div` 2) (k + 1)
      | otherwise = up n k
    up n k
      | k > 10 = error ("too many steps from " ++ show start)
      | otherwise = down (3 * n + 1) (k + 1)

main :: IO ()
main = do
  print (collatzSteps 8)
  print (collatzSteps 6)
  print (collatzSteps 27)
