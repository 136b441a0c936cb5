-- The Either type and its functions.
module Data.Either
  ( Either(Left, Right)
  , either, lefts, rights, isLeft, isRight, fromLeft, fromRight, partitionEithers
  ) where

lefts :: [Either a b] -> [a]
lefts xs = [x | Left x <- xs]

rights :: [Either a b] -> [b]
rights xs = [x | Right x <- xs]

isLeft :: Either a b -> Bool
isLeft (Left _) = True
isLeft (Right _) = False

isRight :: Either a b -> Bool
isRight (Left _) = False
isRight (Right _) = True

fromLeft :: a -> Either a b -> a
fromLeft _ (Left x) = x
fromLeft d _ = d

fromRight :: b -> Either a b -> b
fromRight _ (Right y) = y
fromRight d _ = d

partitionEithers :: [Either a b] -> ([a], [b])
partitionEithers = foldr pick ([], [])
  where
    pick (Left x) ~(ls, rs) = (x : ls, rs)
    pick (Right y) ~(ls, rs) = (ls, y : rs)
