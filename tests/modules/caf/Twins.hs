module Twins (twins, fibPrimes) where

import Numbers.Primes (primes, fibs, isPrime, fibMemo)

twins :: [(Int, Int)]
twins = [(p, q) | (p, q) <- zip primes (tail primes), q - p == 2]

fibPrimes :: Int -> [Integer]
fibPrimes k = take k [f | f <- drop 3 fibMemo, isPrime (fromInteger f)]
