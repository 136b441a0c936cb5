module Main where

-- zip/zip3/unzip/unzip3/zipWith/zipWith3, truncation to the shortest
-- list, and use with infinite lists.

main :: IO ()
main = do
  print (zip3 [1, 2, 3 :: Int] "abc" [True, False, True])
  print (zip3 [1 :: Int ..] "ab" [(), (), ()])
  print (unzip3 [(1 :: Int, 'a', "x"), (2, 'b', "y"), (3, 'c', "z")])
  print (unzip [(True, 'p'), (False, 'q')])
  print (zipWith3 (\a b c -> a : b : [c]) "abc" "def" "ghi")
  print (zipWith (*) [1, 2, 3] [4, 5, 6 :: Int])
  print (zip [1 :: Int ..] "hello")
  let (as, bs, cs) = unzip3 [(x, x * x, x * x * x) | x <- [1 .. 5 :: Int]]
  print (sum as, sum bs, sum cs)
  print (zip3 "" "abc" "def")
  print (uncurry3 (\a b c -> a + b + c) (1, 2, 3 :: Int))
  where
    uncurry3 f (a, b, c) = f a b c
