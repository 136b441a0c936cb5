module Main where

sumTo :: Int -> Int
sumTo n = go 0 n
  where
    go acc 0 = acc
    go acc k = go (step acc k) (k - 1)
      where
        step a j
          | j == 3 = error "step hit 3"
          | otherwise = a + j

main :: IO ()
main = do
  print (sumTo 2)
  print (sumTo 5)
