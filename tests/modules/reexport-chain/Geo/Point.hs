module Geo.Point (Point(..), origin, Shift(..)) where

data Point = Point { px :: Int, py :: Int } deriving (Show, Eq, Ord)

origin :: Point
origin = Point 0 0

class Shift a where
  shift :: Int -> a -> a
  shiftTwice :: Int -> a -> a
  shiftTwice n = shift n . shift n
