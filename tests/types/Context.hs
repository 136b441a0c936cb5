module Context where

-- A small module for the :type oracle in expressions.txt.

data Shape = Circle Double | Rect Double Double
  deriving (Show, Eq, Ord)

data Tree a = Leaf | Node (Tree a) a (Tree a)
  deriving (Show, Eq)

data Person = Person { name :: String, age :: Int }
  deriving (Show, Eq)

data Pair a b = Pair { pfst :: a, psnd :: b }
  deriving Show

newtype Wrap a = Wrap { unwrap :: a }
  deriving (Show, Eq, Ord)

class Container f where
  empty :: f a
  insert :: a -> f a -> f a
  toL :: f a -> [a]

instance Container Tree where
  empty = Leaf
  insert x t = Node t x Leaf
  toL Leaf = []
  toL (Node l x r) = toL l ++ [x] ++ toL r

class Describe a where
  describe :: a -> String
  describe _ = "thing"

instance Describe Shape where
  describe (Circle _) = "circle"
  describe (Rect _ _) = "rect"

area :: Shape -> Double
area (Circle r) = pi * r * r
area (Rect w h) = w * h

size :: Tree a -> Int
size Leaf = 0
size (Node l _ r) = size l + 1 + size r

-- no signatures on these
double x = x + x
compose3 f g h = f . g . h
applyTwice f x = f (f x)
pairUp x y = (x, y)
total = sum . map area

infixr 5 +++
(+++) :: [a] -> [a] -> [a]
xs +++ ys = foldr (:) ys xs

infixl 6 |>
(|>) :: a -> (a -> b) -> b
x |> f = f x
