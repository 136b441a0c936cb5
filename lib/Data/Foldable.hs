-- Folds over data structures. The Prelude's Foldable class has the methods
-- GHC 9.0's Prelude exports; fold, foldMap', foldr', foldl' and toList are
-- functions here (base has them as methods too, with these meanings).
module Data.Foldable
  ( Foldable(foldMap, foldr, foldl, foldr1, foldl1, null, length, elem, maximum,
             minimum, sum, product)
  , fold, foldMap', foldr', foldl', toList
  , foldrM, foldlM, traverse_, for_, sequenceA_, asum, mapM_, forM_, sequence_, msum
  , concat, concatMap, and, or, any, all, maximumBy, minimumBy, notElem, find
  ) where

import Control.Applicative (Alternative(empty, (<|>)))
import Control.Monad (MonadPlus, msum, forM_)
import Data.List (foldl', maximumBy, minimumBy, find)

fold :: (Foldable t, Monoid m) => t m -> m
fold = foldMap id

foldMap' :: (Foldable t, Monoid m) => (a -> m) -> t a -> m
foldMap' f = foldl' (\acc a -> acc <> f a) mempty

foldr' :: Foldable t => (a -> b -> b) -> b -> t a -> b
foldr' f z0 t = foldl (\k x z -> k $! f x z) id t z0

toList :: Foldable t => t a -> [a]
toList = foldr (:) []

foldrM :: (Foldable t, Monad m) => (a -> b -> m b) -> b -> t a -> m b
foldrM f z0 xs = foldl (\k x z -> f x z >>= k) return xs z0

foldlM :: (Foldable t, Monad m) => (b -> a -> m b) -> b -> t a -> m b
foldlM f z0 xs = foldr (\x k z -> f z x >>= k) return xs z0

traverse_ :: (Foldable t, Applicative f) => (a -> f b) -> t a -> f ()
traverse_ f = foldr (\x k -> f x *> k) (pure ())

for_ :: (Foldable t, Applicative f) => t a -> (a -> f b) -> f ()
for_ t f = traverse_ f t

sequenceA_ :: (Foldable t, Applicative f) => t (f a) -> f ()
sequenceA_ = foldr (\m k -> m *> k) (pure ())

asum :: (Foldable t, Alternative f) => t (f a) -> f a
asum = foldr (<|>) empty
