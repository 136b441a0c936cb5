module LeftSide (leftSum, leftPrimes) where

import Base

leftSum :: Int -> Int
leftSum n = foldr (<+>) 0 (takeWhile (<= n) (iterate step 1))

leftPrimes :: [Int]
leftPrimes = filter odd primes
