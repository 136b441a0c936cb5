module Main where

-- until and iterate: fixed-point style loops.

collatz :: Int -> [Int]
collatz = takeWhile (/= 1) . iterate step
  where step n = if even n then n `div` 2 else 3 * n + 1

newton :: Double -> Double
newton x = until (\g -> abs (g * g - x) < 1e-9) (\g -> (g + x / g) / 2) x

main :: IO ()
main = do
  print (until (> 1000) (* 2) (1 :: Int))
  print (until ((> 100) . fst) (\(a, b) -> (a + b, a)) (1 :: Int, 0 :: Int))
  print (until (const True) (+ 1) (5 :: Int))
  print (take 8 (iterate (`div` 2) (1000 :: Int)))
  print (collatz 6, length (collatz 97))
  print (newton 2, newton 144)
  print (take 5 (iterate (map (* 2)) [1, 2 :: Int]))
  print (iterate (++ "a") "" !! 4)
  print (fst (until (\(_, n) -> n == 0) (\(acc, n) -> (acc * n, n - 1)) (1 :: Integer, 20 :: Integer)))
