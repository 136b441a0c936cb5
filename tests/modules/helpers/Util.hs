module Util where

-- Small helpers, the kind -O inlines across modules.
square :: Num a => a -> a
square x = x * x
cube :: Int -> Int
cube x = x * square x
compose :: [a -> a] -> a -> a
compose = foldr (.) id
twice :: (a -> a) -> a -> a
twice f = f . f
applyN :: Int -> (a -> a) -> a -> a
applyN n f = compose (replicate n f)
sumBy :: (a -> Int) -> [a] -> Int
sumBy f = foldr (\x acc -> f x + acc) 0
