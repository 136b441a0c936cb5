module Main where

-- Sharing of where- and let-bound thunks: an expensive value bound once
-- is evaluated once even when used many times, and a lazily built list
-- memoises a recursive function (fib via !!), so the program is fast only
-- if thunks are updated after their first evaluation.

memoFib :: Int -> Integer
memoFib n = table !! n
  where
    table = map f [0 ..]
    f 0 = 0
    f 1 = 1
    f i = table !! (i - 1) + table !! (i - 2)

slowSum :: Int -> Int
slowSum n = foldr (+) 0 [1 .. n]

useMany :: Int -> Int
useMany k = sum (replicate k shared)
  where
    shared = slowSum 200000

-- counts paths in a grid using a shared lazily built table
paths :: Int -> Int -> Integer
paths r c = grid !! r !! c
  where
    grid = [[cell i j | j <- [0 .. c]] | i <- [0 .. r]]
    cell 0 _ = 1
    cell _ 0 = 1
    cell i j = grid !! (i - 1) !! j + grid !! i !! (j - 1)

main :: IO ()
main = do
  print (memoFib 80)
  print (map memoFib [10, 20, 30])
  print (useMany 300)
  let big = length (filter even [1 .. 300000 :: Int])
      pairs = [(big, i) | i <- [1 .. 5 :: Int]]
  print pairs
  print (sum (map (\i -> big + i) [1 .. 2000]))
  print (paths 14 14)
  let table = [x * x | x <- [0 .. 1000 :: Int]]
  print (sum [table !! i | i <- [0, 50 .. 1000]])
