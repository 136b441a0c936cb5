-- Applicative functors, and Alternative (a monoid on applicative functors).
module Control.Applicative
  ( Applicative(pure, (<*>), (*>), (<*))
  , Alternative(empty, (<|>), some, many)
  , Functor(fmap, (<$))
  , (<$>), (<**>), liftA, liftA2, liftA3, optional
  ) where

infixl 3 <|>
infixl 4 <**>

class Applicative f => Alternative f where
  empty :: f a
  (<|>) :: f a -> f a -> f a
  some :: f a -> f [a]
  many :: f a -> f [a]
  some v = liftA2 (:) v (many v)
  many v = some v <|> pure []

instance Alternative Maybe where
  empty = Nothing
  Nothing <|> r = r
  l <|> _ = l

instance Alternative [] where
  empty = []
  (<|>) = (++)

-- The Prelude's Applicative keeps liftA2 as a method it does not export
-- (as GHC 9.0's Prelude); this is the same function for the users of this
-- module, defined through (<*>).
liftA2 :: Applicative f => (a -> b -> c) -> f a -> f b -> f c
liftA2 f a b = fmap f a <*> b

liftA :: Applicative f => (a -> b) -> f a -> f b
liftA f a = pure f <*> a

liftA3 :: Applicative f => (a -> b -> c -> d) -> f a -> f b -> f c -> f d
liftA3 f a b c = fmap f a <*> b <*> c

(<**>) :: Applicative f => f a -> f (a -> b) -> f b
a <**> f = liftA2 (\x g -> g x) a f

optional :: Alternative f => f a -> f (Maybe a)
optional v = fmap Just v <|> pure Nothing
