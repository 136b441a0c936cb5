-- Algebraic data types, deriving, newtype, type synonyms and records.
module Main (main, Color(..), Shape(Circle, Rect), Name, Person(..)) where

data Color = Red | Green | Blue | Yellow
  deriving (Eq, Ord, Show, Read, Enum, Bounded)

data Shape
  = Circle Double
  | Rect Double Double
  | Triangle { sideA :: Double, sideB :: Double, sideC :: Double }
  deriving (Eq, Show)

data Pair a b = Pair a b deriving (Eq, Ord, Show, Read)

data Tree a = Leaf | Node (Tree a) a (Tree a)
  deriving (Show, Eq)

newtype Age = Age Int deriving (Eq, Ord, Show, Read)

newtype Wrapper a = Wrapper { unwrap :: a } deriving Show

type Name = String
type Table k v = [(k, v)]

data Person = Person
  { name    :: Name
  , age     :: Age
  , email   :: Maybe String
  , friends :: [Name]
  } deriving (Eq, Show, Read)

-- strictness annotation on a field
data Point = Point !Int !Int deriving (Show, Eq, Ord)

area :: Shape -> Double
area (Circle r) = 3 * r * r
area (Rect w h) = w * h
area Triangle { sideA = a, sideB = b, sideC = c } =
  let s = (a + b + c) / 2 in sqrt (s * (s - a) * (s - b) * (s - c))

insert :: Ord a => a -> Tree a -> Tree a
insert x Leaf = Node Leaf x Leaf
insert x t@(Node l y r)
  | x < y     = Node (insert x l) y r
  | x > y     = Node l y (insert x r)
  | otherwise = t

toList :: Tree a -> [a]
toList Leaf = []
toList (Node l x r) = toList l ++ [x] ++ toList r

describe :: Person -> String
describe Person { name = n, age = Age a } = n ++ " is " ++ show a

isAdult :: Person -> Bool
isAdult p = case age p of
  Age n -> n >= 18

lookupAll :: Eq k => k -> Table k v -> [v]
lookupAll k t = [v | (k', v) <- t, k == k']

main :: IO ()
main = do
  let alice = Person { name = "Alice", age = Age 30, email = Just "a@example.org", friends = ["Bob"] }
      bob = Person "Bob" (Age 12) Nothing []
      older = alice { age = Age 31, friends = "Carol" : friends alice }
  print alice
  print (name bob, age bob, email bob)
  print older
  putStrLn (describe older)
  print (map isAdult [alice, bob])
  print (alice == older, alice == alice { email = Just "a@example.org" })
  print (read "Person {name = \"Dan\", age = Age 40, email = Nothing, friends = []}" :: Person)
  print [minBound .. maxBound :: Color]
  print (succ Red, pred Yellow, fromEnum Blue, toEnum 1 :: Color)
  print ([Red ..], [Red, Blue ..])
  print (read "Blue" :: Color, read " [Red,Green] " :: [Color])
  print (compare Red Green, maximum [Green, Red, Yellow, Blue], Red < Blue)
  print (map area [Circle 1, Rect 2 3, Triangle 3 4 5])
  print (Triangle { sideA = 1, sideB = 1, sideC = 1 })
  print (sideC (Triangle 3 4 5))
  print (Pair 1 'x' < Pair 1 'y', read "Pair 3 \"s\"" :: Pair Int String)
  print (toList (foldr insert Leaf [5, 2, 8, 1, 9, 2 :: Int]))
  print (insert 'b' (insert 'a' Leaf))
  print (Age 3 < Age 4, unwrap (Wrapper "inside"), Wrapper (Just True))
  print (lookupAll 1 [(1 :: Int, "one"), (2, "two"), (1, "uno")])
  print (Point 1 2, Point 1 2 < Point 1 3)
