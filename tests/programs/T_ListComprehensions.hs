module Main where

-- List comprehensions: multiple generators (later ones vary fastest),
-- dependent generators, guards, let bindings, pattern generators that
-- silently skip non-matching elements, nested comprehensions.

main :: IO ()
main = do
  print [x * 2 | x <- [1 .. 10 :: Int], odd x]
  print [(x, y) | x <- [1 .. 3 :: Int], y <- "ab"]
  print [(x, y) | x <- [1 .. 4 :: Int], y <- [x .. 4], x + y == 5]
  print [z | x <- [1 .. 5 :: Int], let z = x * x, z > 5]
  print [x | Just x <- [Just 1, Nothing, Just (3 :: Int)]]
  print [c | (c, True) <- zip "hello" (cycle [True, False])]
  print [[y | y <- [1 .. x]] | x <- [1 .. 4 :: Int]]
  print [(a, b, c) | c <- [1 .. 30 :: Int], b <- [1 .. c], a <- [1 .. b],
                     a * a + b * b == c * c, gcd a b == 1]
  print (length [() | _ <- [1 .. 10 :: Int], _ <- "abc"])
  print [if even x then 'e' else 'o' | x <- [1 .. 6 :: Int]]
  print [x | x <- "Hello World", x `elem` ['A' .. 'Z']]
  print (take 5 [n | n <- [1 :: Int ..], n `mod` 7 == 3])
  print [(i, j) | i <- [1 .. 3 :: Int], i /= 2, j <- [i .. 3], True]
