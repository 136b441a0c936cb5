-- Blue is not exported: importers see the type, Red and Green only.
module Data.Bag (Bag, Color(Red, Green), empty, add, size, toList, count) where

import Data.List (insertBy)

data Color = Red | Green | Blue deriving (Show, Eq, Ord, Enum, Bounded)

newtype Bag = Bag [Color]

empty :: Bag
empty = Bag []

add :: Color -> Bag -> Bag
add c (Bag cs) = Bag (insertBy compare c cs)

size :: Bag -> Int
size (Bag cs) = length cs

toList :: Bag -> [Color]
toList (Bag cs) = cs

count :: Color -> Bag -> Int
count c (Bag cs) = length (filter (== c) cs)
