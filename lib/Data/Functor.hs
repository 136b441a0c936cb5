-- Functors and their operators.
module Data.Functor
  ( Functor(fmap, (<$)), ($>), (<$>), (<&>), void
  ) where

infixl 4 $>
infixl 1 <&>

($>) :: Functor f => f a -> b -> f b
x $> y = fmap (const y) x

(<&>) :: Functor f => f a -> (a -> b) -> f b
x <&> f = fmap f x

void :: Functor f => f a -> f ()
void x = fmap (const ()) x
