module Main where

-- Knot-tying and circular definitions: self-referential lists, a cyclic
-- data structure, the classic fibs stream, and a one-pass repmin that
-- uses the result of a traversal inside the same traversal.

data Node = Node { nodeName :: String, next :: Node }

data Tree = Leaf Int | Fork Tree Tree
  deriving Show

repmin :: Tree -> Tree
repmin t = t'
  where
    (m, t') = go t
    go (Leaf n) = (n, Leaf m)
    go (Fork l r) = let (ml, l') = go l
                        (mr, r') = go r
                    in (min ml mr, Fork l' r')

fibs :: [Integer]
fibs = 0 : 1 : zipWith (+) fibs (tail fibs)

walk :: Int -> Node -> [String]
walk 0 _ = []
walk k n = nodeName n : walk (k - 1) (next n)

main :: IO ()
main = do
  let xs = 1 : map (* 2) xs :: [Int]
  print (take 10 xs)
  let ones = 1 : ones :: [Int]
  print (take 5 ones, sum (take 100 ones))
  let a = Node "a" b
      b = Node "b" c
      c = Node "c" a
  print (walk 7 a)
  print (take 15 fibs)
  print (fibs !! 90)
  let evens = 0 : map (+ 1) odds
      odds = map (+ 1) evens
  print (take 5 evens, take 5 odds :: [Int])
  let t = Fork (Fork (Leaf 5) (Leaf 3)) (Fork (Leaf 8) (Fork (Leaf 4) (Leaf 7)))
  print (repmin t)
  let tri = scanl (+) 0 [1 ..] :: [Int]
  print (take 8 tri)
  let (count, labelled) = number 0 "knot"
      number i [] = (i, [])
      number i (ch : cs) = let (j, rest) = number (i + 1) cs
                           in (j, (ch, i, count) : rest)
  print (count :: Int, labelled)
