-- Combinators on functions.
module Data.Function
  ( id, const, (.), flip, ($), (&), on, fix
  ) where

infixl 0 `on`
infixl 1 &

-- The least fixed point: fix f = f (fix f), shared.
fix :: (a -> a) -> a
fix f = let x = f x in x

on :: (b -> b -> c) -> (a -> b) -> a -> a -> c
on op f x y = f x `op` f y

(&) :: a -> (a -> b) -> b
x & f = f x
