module Main where

-- An error inside a local function of an instance method.

class Area a where
  area :: a -> Double

data Poly = Poly [(Double, Double)]

instance Area Poly where
  area (Poly ps) = abs (shoelace ps) / 2
    where
      shoelace qs
        | length qs < 3 = error "polygon needs three points"
        | otherwise = sum (zipWith cross qs (tail qs ++ [head qs]))
      cross (x1, y1) (x2, y2) = x1 * y2 - x2 * y1

main :: IO ()
main = do
  print (area (Poly [(0, 0), (4, 0), (0, 3)]))
  print (area (Poly [(0, 0), (1, 1)]))
