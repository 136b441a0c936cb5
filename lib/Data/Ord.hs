-- Orderings: comparing, and Down for reversing an order.
module Data.Ord
  ( Ord(compare, (<), (<=), (>), (>=), max, min)
  , Ordering(LT, EQ, GT)
  , Down(Down, getDown)
  , comparing
  ) where

comparing :: Ord a => (b -> a) -> b -> b -> Ordering
comparing f x y = compare (f x) (f y)

-- The reversed order of a type.
newtype Down a = Down { getDown :: a }

instance Eq a => Eq (Down a) where
  Down x == Down y = x == y

instance Ord a => Ord (Down a) where
  compare (Down x) (Down y) = compare y x

-- As base shows it: like a constructor applied to its argument, without the
-- field name.
instance Show a => Show (Down a) where
  showsPrec d (Down x) = showParen (d >= 11) (showString "Down " . showsPrec 11 x)

instance Read a => Read (Down a) where
  readsPrec d = readParen (d > 10) (\r ->
    [(Down x, t) | ("Down", s) <- lex r, (x, t) <- readsPrec 11 s])
