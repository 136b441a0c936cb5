module Main where

import Data.List (sort)

-- Derived Eq and Ord: constructors compare in declaration order, then
-- fields left to right.

data Suit = Clubs | Diamonds | Hearts | Spades
  deriving (Show, Eq, Ord)

data Card = Card Int Suit
  deriving (Show, Eq, Ord)

data Shape = Dot | Circle Double | Square Double
  deriving (Show, Eq, Ord)

data Pair a = Pair a a
  deriving (Show, Eq, Ord)

main :: IO ()
main = do
  print (Clubs < Spades, Hearts > Diamonds, Clubs == Clubs)
  print (compare Hearts Clubs, compare Clubs Hearts, compare Spades Spades)
  print (maximum [Hearts, Clubs, Spades, Diamonds])
  print (sort [Card 10 Hearts, Card 2 Spades, Card 10 Clubs, Card 2 Clubs])
  print (sort [Square 1, Dot, Circle 5, Circle 2, Square 0.5, Dot])
  print (Circle 100 < Square 0)
  print (Dot /= Circle 0)
  print (compare (Pair 1 2) (Pair 1 (3 :: Int)))
  print (max (Pair 'a' 'z') (Pair 'b' 'a'))
  print (min (Just Clubs) Nothing)
  print (compare (Left 5) (Right 'a' :: Either Int Char))
  print (sort [Just 3, Nothing, Just (1 :: Int)])
  print ([Hearts, Clubs] < [Hearts, Spades], [Clubs] < [Clubs, Clubs])
