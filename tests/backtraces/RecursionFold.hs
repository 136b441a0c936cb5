module Main where

-- Self recursion through a where helper, then into a top-level function
-- that recurses again: every recursive centre appears once.
walk :: Int -> [Int]
walk n = loop n
  where
    loop 0 = []
    loop k = visit k : loop (k - 1)

visit :: Int -> Int
visit k
  | k == 2 = deeper k
  | otherwise = k

deeper :: Int -> Int
deeper 0 = error "deeper bottomed out"
deeper k = deeper (k - 1) + 1

main :: IO ()
main = do
  print (take 3 (walk 6))
  print (walk 6)
