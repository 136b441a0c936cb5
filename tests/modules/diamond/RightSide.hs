module RightSide (rightProduct, rightPrimes) where

import Base

rightProduct :: Int -> Int
rightProduct n = foldr (<.>) 1 [1 .. n]

rightPrimes :: [Int]
rightPrimes = map (<.> 2) primes
