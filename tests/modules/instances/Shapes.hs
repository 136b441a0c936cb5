module Shapes (Point(..)) where

data Point = Pt Int Int deriving (Show, Eq, Ord)
