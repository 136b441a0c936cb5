module Main where

import Data.List (foldl')

-- seq, ($!), and strictness: seq forces to weak head normal form only,
-- so an undefined inside a constructor is not reached.

strictSum :: [Int] -> Int
strictSum = go 0
  where
    go acc [] = acc
    go acc (x : xs) = let acc' = acc + x in acc' `seq` go acc' xs

mean :: [Double] -> Double
mean xs = s / fromIntegral n
  where
    (s, n) = foldl' step (0, 0 :: Int) xs
    step (a, c) x = let a' = a + x; c' = c + 1 in a' `seq` c' `seq` (a', c')

main :: IO ()
main = do
  print (strictSum [1 .. 100000])
  print (mean [1 .. 1000])
  print (seq (Just (undefined :: Int)) "Just undefined is in WHNF")
  print (seq (undefined : []) "a cons cell is in WHNF" :: String)
  print (seq (\x -> (undefined :: Int) + x) "lambdas are in WHNF")
  print (const 1 $! (2 :: Int) :: Int)
  print (length [undefined, undefined :: Bool])
  let f = (+ 1) :: Int -> Int
  print (f $! 41)
  print (foldl' (+) 0 [1 .. 200000 :: Integer])
  print (snd (undefined :: Int, "second"))
  print (fst (foldr (\x (a, b) -> (x + a, b)) (0, undefined :: Int) [1 .. 10 :: Int]))
