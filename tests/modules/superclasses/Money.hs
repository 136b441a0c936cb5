module Money (Money, cents, Monoidish(..), Scalable(..)) where

newtype Money = Money Int deriving (Eq, Ord)

cents :: Int -> Money
cents = Money

instance Show Money where
  showsPrec d (Money c) = showParen (d > 10) (showString "cents " . showsPrec 11 c)

class Monoidish a where
  zero :: a
  plus :: a -> a -> a
  total :: [a] -> a
  total = foldr plus zero

class (Ord a, Monoidish a) => Scalable a where
  scale :: Int -> a -> a
  biggest :: [a] -> a
  biggest = foldr max zero

instance Monoidish Money where
  zero = Money 0
  plus (Money a) (Money b) = Money (a + b)

instance Scalable Money where
  scale k (Money a) = Money (k * a)
