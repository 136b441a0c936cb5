module Main where

-- Lazy infinite lists: iterate, cycle, repeat, a self-referential list,
-- the classic primes sieve, and laziness of unused elements.

primes :: [Int]
primes = sieve [2 ..]
  where sieve (p : xs) = p : sieve [x | x <- xs, x `mod` p /= 0]
        sieve [] = []

fibs :: [Integer]
fibs = 0 : 1 : zipWith (+) fibs (tail fibs)

nats :: [Int]
nats = 0 : map (+ 1) nats

hamming :: [Integer]
hamming = 1 : merge3 (map (* 2) hamming) (map (* 3) hamming) (map (* 5) hamming)
  where
    merge3 a b c = merge a (merge b c)
    merge xa@(x : xs) ya@(y : ys)
      | x < y = x : merge xs ya
      | x > y = y : merge xa ys
      | otherwise = x : merge xs ys
    merge xs [] = xs
    merge [] ys = ys

main :: IO ()
main = do
  print (take 10 (iterate (* 2) (1 :: Int)))
  print (take 7 (cycle "abc"))
  print (take 3 (repeat 'z'), replicate 3 True)
  print (take 15 primes)
  print (takeWhile (< 100) (map (^ (2 :: Int)) nats))
  print (fibs !! 80)
  print (take 15 hamming)
  print (head (dropWhile (< 1000) primes))
  print (zip [1 :: Int ..] "abc")
  print (length (take 5 [undefined, undefined, undefined, undefined, undefined :: Int]))
  print (fst (1 :: Int, undefined :: String))
  print (take 3 (map fst (zip [10 :: Int ..] (cycle [()]))))
  let xs = 1 : map (* 3) xs :: [Integer]
  print (xs !! 40)
  print (any (> 1000) [1 :: Int ..], elem 99 [1 :: Int, 3 ..])
  print (take 2 [(i, j) | i <- [1 :: Int ..], j <- [1 .. i], i + j == 5])
