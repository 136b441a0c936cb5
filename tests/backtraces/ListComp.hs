module Main where

triples :: Int -> [(Int, Int, Int)]
triples n =
  [ (a, b, c)
  | a <- [1 .. n], b <- [a .. n]
  , let c = hyp a b
  , c <= n ]
  where
    hyp a b
      | a * b > 40 = error ("search too large at " ++ show (a, b))
      | otherwise = isqrt (a * a + b * b)
    isqrt m = length (takeWhile (\k -> k * k <= m) [1 ..])

main :: IO ()
main = do
  print (length (triples 5))
  print (triples 10)
