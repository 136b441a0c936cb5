module Main where

-- A higher-kinded user class and a Prelude Functor instance for a tree;
-- functions polymorphic over the functor.

data Tree a = Leaf | Node (Tree a) a (Tree a)
  deriving Show

instance Functor Tree where
  fmap _ Leaf = Leaf
  fmap f (Node l x r) = Node (fmap f l) (f x) (fmap f r)

class Container f where
  empty :: f a
  insert :: a -> f a -> f a
  toList :: f a -> [a]

newtype Stack a = Stack [a]

instance Container Stack where
  empty = Stack []
  insert x (Stack xs) = Stack (x : xs)
  toList (Stack xs) = xs

instance Container Tree where
  empty = Leaf
  insert x t = Node Leaf x t
  toList Leaf = []
  toList (Node l x r) = toList l ++ [x] ++ toList r

fill :: Container f => [a] -> f a
fill = foldr insert empty

build :: [a] -> Tree a
build [] = Leaf
build xs = Node (build l) x (build r)
  where (l, x : r) = splitAt (length xs `div` 2) xs

double :: Functor f => f Int -> f Int
double = fmap (* 2)

main :: IO ()
main = do
  let t = build [1 .. 5 :: Int]
  print t
  print (fmap show t)
  print (double t)
  print (toList (double t))
  print (double (Just 4), double [1, 2, 3], double (Right 5 :: Either String Int))
  print (toList (fill "abc" :: Stack Char))
  print (toList (fill "abc" :: Tree Char))
  print (fmap length (Node Leaf "hello" (Node Leaf "hi" Leaf)))
  print (fmap (+ 1) (Leaf :: Tree Int))
  print ((fmap . fmap) negate [Just 1, Nothing, Just (3 :: Int)])
