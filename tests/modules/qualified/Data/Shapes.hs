module Data.Shapes (Shape(..), area, perimeter, square, describe) where

data Shape = Circle Double | Rect Double Double
  deriving (Show, Eq)

area :: Shape -> Double
area (Circle r) = 3 * r * r
area (Rect w h) = w * h

perimeter :: Shape -> Double
perimeter (Circle r) = 6 * r
perimeter (Rect w h) = 2 * (w + h)

square :: Double -> Shape
square s = Rect s s

describe :: Shape -> String
describe s = case s of
  Circle _ -> "circle of area " ++ show (area s)
  Rect w h | w == h -> "square of side " ++ show w
           | otherwise -> "rectangle " ++ show w ++ "x" ++ show h
