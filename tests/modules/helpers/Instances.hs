module Instances (Stack, Queue, Word'(..)) where

import Measure
import Util (square)

newtype Word' = Word' String

instance Measure Word' where
  label (Word' w) = w

instance Measure Int where
  measure = square

-- Every default overridden.
instance Measure Bool where
  measure b = if b then 1 else 0
  label b = if b then "yes" else "no"
  describe b = "bool " ++ label b

-- Stack inherits every default; Queue overrides fromL and size.
newtype Stack a = Stack [a]
instance Container Stack where
  empty = Stack []
  insert x (Stack xs) = Stack (x : xs)
  toL (Stack xs) = xs

data Queue a = Queue Int [a] [a]
instance Container Queue where
  empty = Queue 0 [] []
  insert x (Queue n f b) = Queue (n + 1) f (x : b)
  toL (Queue _ f b) = f ++ reverse b
  fromL xs = Queue (length xs) xs []
  size (Queue n _ _) = n
