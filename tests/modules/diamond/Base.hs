module Base ((<+>), (<.>), primes, step) where

infixl 6 <+>
infixl 7 <.>

(<+>) :: Int -> Int -> Int
a <+> b = a + b

(<.>) :: Int -> Int -> Int
a <.> b = a * b

primes :: [Int]
primes = sieve [2 ..] where sieve (p:xs) = p : sieve [x | x <- xs, x `mod` p /= 0]

step :: Int -> Int
step n = n <+> 1
