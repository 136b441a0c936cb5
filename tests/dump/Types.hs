-- The outline shows each binding's type as the type checker found it:
-- declared, inferred and generalised, or fixed by the monomorphism
-- restriction and defaulting.
module Main where

data Shape = Circle Double | Square Double deriving (Show, Eq)

area :: Shape -> Double
area (Circle r) = pi * r * r
area (Square s) = s * s

twice f x = f (f x)

pairUp x y = (x, y)

squares = map (^ 2)

describe s
  | area s > 10 = "big " ++ show s
  | otherwise = "small"

main = mapM_ (putStrLn . describe) [Circle 1, Square 4]
