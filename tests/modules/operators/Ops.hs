module Ops ((|+|), (|*|), (+++), (===), (|||), minus, Combine(..)) where

infixl 6 |+|, `minus`
infixl 7 |*|
infixr 5 +++
infix 4 ===
infixr 2 |||
infixr 6 <#>

(|+|), (|*|), minus :: Int -> Int -> Int
a |+| b = a + b
a |*| b = a * b
minus = (-)

(+++) :: [a] -> [a] -> [a]
xs +++ ys = foldr (:) ys xs

(===) :: Int -> Int -> Bool
a === b = a `mod` 10 == b `mod` 10

(|||) :: Bool -> Bool -> Bool
a ||| b = if a then True else b

-- A class method with a fixity of its own.
class Combine a where
  (<#>) :: a -> a -> a

instance Combine Int where
  a <#> b = 10 * a + b

instance Combine Bool where
  (<#>) = (/=)
