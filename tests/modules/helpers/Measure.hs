module Measure (Measure(..), Container(..)) where

-- Defaults defined in terms of each other: an instance gives one or both.
class Measure a where
  measure :: a -> Int
  measure = length . label
  label :: a -> String
  label x = replicate (measure x) '*'
  describe :: a -> String
  describe x = label x ++ "/" ++ show (measure x)

-- A constructor class with defaults.
class Container f where
  empty :: f a
  insert :: a -> f a -> f a
  toL :: f a -> [a]
  fromL :: [a] -> f a
  fromL = foldr insert empty
  size :: f a -> Int
  size = length . toL
