module Main where

-- The list monad: do-notation enumerates all combinations; guard-like
-- filtering with an empty list; concatMap equivalence.

pythag :: Int -> [(Int, Int, Int)]
pythag n = do
  a <- [1 .. n]
  b <- [a .. n]
  c <- [b .. n]
  if a * a + b * b == c * c then return (a, b, c) else []

pairs :: [a] -> [b] -> [(a, b)]
pairs xs ys = xs >>= \x -> ys >>= \y -> [(x, y)]

queens :: Int -> [[Int]]
queens n = go n
  where
    go 0 = [[]]
    go k = do
      qs <- go (k - 1)
      q <- [1 .. n]
      if safe q qs then return (q : qs) else []
    safe q qs = and [q /= c && abs (q - c) /= d | (d, c) <- zip [1 ..] qs]

main :: IO ()
main = do
  print (pythag 20)
  print (pairs "ab" [1, 2, 3 :: Int])
  print (do { x <- [1, 2, 3]; [x, x * 10] } :: [Int])
  print ([1, 2] >> "ab")
  print (length (queens 6), head (queens 8))
  print (sequence [[1, 2], [3, 4 :: Int]])
  print (mapM (\x -> [x, -x]) [1, 2 :: Int])
  print (concatMap (replicate 2) "xyz", "xyz" >>= replicate 2)
  print ([] >>= \x -> [x + 1 :: Int])
  print (fmap (* 2) [1, 2, 3 :: Int], (+) <$> [1, 2] <*> [10, 20 :: Int])
