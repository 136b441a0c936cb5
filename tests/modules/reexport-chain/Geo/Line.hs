-- Re-exports Point with its fields by name, and an instance of a class it
-- does not export.
module Geo.Line (Point(..), origin, Line(..), len2) where

import Geo.Point

data Line = Line Point Point deriving (Show, Eq)

len2 :: Line -> Int
len2 (Line a b) = (px b - px a) ^ 2 + (py b - py a) ^ 2

instance Shift Point where
  shift n p = p { px = px p + n }

instance Shift Line where
  shift n (Line a b) = Line (shift n a) (shift n b)
