-- Traversals of data structures.
module Data.Traversable
  ( Traversable(traverse, sequenceA, mapM, sequence)
  , for, forM, mapAccumL, mapAccumR
  ) where

import Control.Monad (forM)
import Data.List (mapAccumL, mapAccumR)

for :: (Traversable t, Applicative f) => t a -> (a -> f b) -> f (t b)
for t f = traverse f t
