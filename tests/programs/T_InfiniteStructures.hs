module Main where

-- Infinite lists and laziness: take/takeWhile on infinite lists, iterate,
-- cycle, repeat, a prime sieve, zip with [1..], and expressions that
-- contain undefined parts that are never demanded.

primes :: [Int]
primes = sieve [2 ..]
  where
    sieve (p : xs) = p : sieve [x | x <- xs, x `mod` p /= 0]

collatz :: Int -> [Int]
collatz = iterate step
  where
    step n = if even n then n `div` 2 else 3 * n + 1

main :: IO ()
main = do
  print (take 5 [1 ..] :: [Int])
  print (takeWhile (< 40) (map (^ 2) [1 ..]) :: [Int])
  print (take 6 (iterate (* 3) 1) :: [Integer])
  print (take 7 (cycle "abc"))
  print (take 3 (repeat 'z'))
  print (take 12 primes)
  print (takeWhile (/= 1) (collatz 27) !! 50, length (takeWhile (/= 1) (collatz 27)))
  print (zip [1 :: Int ..] "hello")
  print (lookup 3 (zip [1 ..] (words "a b c d")) :: Maybe String)
  print (take 3 (1 : 2 : 3 : undefined) :: [Int])
  print (fst (1 :: Int, undefined :: Int))
  print (length [undefined, undefined :: Int])
  print (head (filter (> 1000) (map (* 7) [1 ..])) :: Int)
  print (take 5 (drop 1000 [0, 5 ..]) :: [Int])
  print (zipWith3 (\a b c -> a + b + c) [1 ..] [10, 20 ..] [100, 200, 300] :: [Int])
  print (takeWhile (< 20) (filter odd (map (+ 1) [0 ..])) :: [Int])
  print (elem 99 [1, 3 ..] :: Bool)
  print (any (> 100) [1 ..] :: Bool)
  print (take 4 (concatMap (\x -> [x, -x]) [1 ..]) :: [Int])
  let nats = [0 ..] :: [Integer]
      squares = [n * n | n <- nats]
  print (takeWhile (< 100) squares)
  print (take 5 (scanl1 (+) (repeat 2)) :: [Int])
  print (splitAt 3 (take 6 (cycle [True, False])))
  print (snd (undefined :: Int, "ok"), null (undefined : undefined :: [Int]))
  print (take 3 (unwords (repeat "ab")))
  print (words (take 20 (cycle "to be ")))
