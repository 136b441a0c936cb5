module Numbers.Primes (primes, isPrime, fibs, fibMemo, powersOfTwo, bound) where

-- CAFs: evaluated once, shared by every module that uses them.
primes :: [Int]
primes = 2 : filter isPrime [3, 5 ..]

isPrime :: Int -> Bool
isPrime n = n > 1 && all (\p -> n `mod` p /= 0) (takeWhile (\p -> p * p <= n) primes)

fibs :: [Integer]
fibs = 0 : 1 : zipWith (+) fibs (tail fibs)

-- Exponential unless the table is shared between calls.
fibMemo :: [Integer]
fibMemo = map fib [0 ..]
  where fib 0 = 0
        fib 1 = 1
        fib n = fibMemo !! (n - 1) + fibMemo !! (n - 2)

-- Overloaded: not a CAF, one list per type.
powersOfTwo :: Num a => [a]
powersOfTwo = iterate (* 2) 1

-- No signature: the monomorphism restriction defaults it to Integer.
bound = 30
