module Goldbach (goldbach, smallPrimes) where

import Numbers.Primes

goldbach :: Int -> Maybe (Int, Int)
goldbach n = case [(p, n - p) | p <- takeWhile (<= n `div` 2) primes, isPrime (n - p)] of
  [] -> Nothing
  (pq : _) -> Just pq

smallPrimes :: [Int]
smallPrimes = takeWhile (< fromInteger bound) primes
