-- Break sites in instance methods, default methods, operators, where
-- blocks and local functions, and a CAF.
module Main (main) where

class Container f where
  empty :: f a
  insert :: a -> f a -> f a
  toL :: f a -> [a]
  size :: f a -> Int
  size c = length (toL c)

newtype Stack a = Stack [a]

instance Container Stack where
  empty = Stack []
  insert x (Stack xs) = Stack (x : xs)
  toL (Stack xs) = xs

data Queue a = Queue [a] [a]

instance Container Queue where
  empty = Queue [] []
  insert x (Queue f b) = Queue f (x : b)
  toL (Queue f b) = f ++ reverse b
  size (Queue f b) = length f + length b

infixr 5 +++
(+++) :: [a] -> [a] -> [a]
xs +++ ys = foldr (:) ys xs

table :: [(Int, Int)]
table = [(i, i * i) | i <- [1 .. 5]]

fill :: Container f => [a] -> f a
fill = foldr insert empty

stats :: [Int] -> (Int, Int)
stats xs = (lo, hi)
  where
    lo = minimum xs
    hi = go xs 0
      where go [] m = m
            go (y : ys) m = go ys (max y m)

main :: IO ()
main = do
  print (toL (fill "abc" :: Stack Char), size (fill [1, 2, 3 :: Int] :: Queue Int))
  print ([1, 2] +++ [3] +++ [4 :: Int])
  print (lookup 3 table)
  print (stats [3, 1, 4, 1, 5])
