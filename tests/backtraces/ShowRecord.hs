module Main where

data Point = Point { px :: Int, py :: Int }
  deriving (Show, Eq)

data Segment = Segment Point Point
  deriving Show

midpoint :: Point -> Point -> Point
midpoint (Point a b) (Point c d) =
  Point ((a + c) `div` 2) (half (b + d))
  where
    half s = if odd s then error ("odd coordinate sum " ++ show s) else s `div` 2

main :: IO ()
main = do
  print (midpoint (Point 0 0) (Point 4 6))
  print (Segment (Point 1 1) (midpoint (Point 1 2) (Point 3 5)))
