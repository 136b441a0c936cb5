A literate Haskell program using Bird tracks.

Only lines that begin with '>' are code; everything else, including
this paragraph, is commentary.  Code blocks must be separated from
commentary by blank lines.

> module Main (main) where
>
> import Data.List (unfoldr)

The primes, by trial division:

> primes :: [Int]
> primes = sieve [2 ..]
>   where sieve (p : xs) = p : sieve [x | x <- xs, x `mod` p /= 0]
>         sieve [] = []

Digits of a number, least significant first, via unfoldr:

> digits :: Int -> [Int]
> digits = unfoldr step
>   where step 0 = Nothing
>         step n = Just (n `mod` 10, n `div` 10)

A line in the commentary that looks like code is ignored:
main = error "this is not code"

> main :: IO ()
> main = do
>   print (take 10 primes)
>   print (digits 12345)
>   putStrLn "> this string starts with a bird track"

The end.
