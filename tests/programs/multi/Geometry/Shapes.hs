-- Shapes with an abstract constructor interface.
module Geometry.Shapes
  ( Shape(Circle, Rectangle)
  , Point(..)
  , mkSquare
  , area
  , perimeter
  , translate
  , origin
  ) where

data Point = Point { px :: Double, py :: Double } deriving (Eq, Show)

data Shape
  = Circle Point Double
  | Rectangle Point Point
  | Polygon [Point]          -- not exported: build with mkSquare
  deriving (Eq, Show)

origin :: Point
origin = Point 0 0

mkSquare :: Point -> Double -> Shape
mkSquare (Point x y) s = Polygon [Point x y, Point (x + s) y, Point (x + s) (y + s), Point x (y + s)]

area :: Shape -> Double
area (Circle _ r) = piApprox * r * r
area (Rectangle (Point x1 y1) (Point x2 y2)) = abs (x2 - x1) * abs (y2 - y1)
area (Polygon ps) = abs (sum [x1 * y2 - x2 * y1 | (Point x1 y1, Point x2 y2) <- edges ps]) / 2

perimeter :: Shape -> Double
perimeter (Circle _ r) = 2 * piApprox * r
perimeter (Rectangle (Point x1 y1) (Point x2 y2)) = 2 * (abs (x2 - x1) + abs (y2 - y1))
perimeter (Polygon ps) = sum [dist a b | (a, b) <- edges ps]

translate :: Double -> Double -> Shape -> Shape
translate dx dy shape = case shape of
  Circle c r -> Circle (move c) r
  Rectangle a b -> Rectangle (move a) (move b)
  Polygon ps -> Polygon (map move ps)
  where move p = p { px = px p + dx, py = py p + dy }

-- helpers (not exported)
piApprox :: Double
piApprox = 3.0

edges :: [Point] -> [(Point, Point)]
edges [] = []
edges ps@(p : rest) = zip ps (rest ++ [p])

dist :: Point -> Point -> Double
dist (Point x1 y1) (Point x2 y2) = sqrt ((x2 - x1) ^ (2 :: Int) + (y2 - y1) ^ (2 :: Int))
