-- A module exporting CAFs (primes, fibs, a memo table), used from two
-- modules and from Main; an overloaded top-level value; a top-level
-- binding defaulted to Integer by the monomorphism restriction.
import Numbers.Primes
import Goldbach
import Twins

main :: IO ()
main = do
  print (take 10 primes, primes !! 500)
  print smallPrimes
  print (map goldbach [4, 28, 100, 1000])
  print (take 6 twins, length (takeWhile ((< 1000) . fst) twins))
  print (fibPrimes 6)
  print (fibMemo !! 90, fibs !! 90 == fibMemo !! 90)
  print (take 5 powersOfTwo :: [Int], powersOfTwo !! 70 :: Integer)
  print (bound * 10 ^ 20, length (filter isPrime [1 .. fromInteger bound]))
  print (sum (takeWhile (< 10000) primes), primes !! 500)
