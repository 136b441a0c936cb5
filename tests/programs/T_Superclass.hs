module Main where

-- User type classes with superclasses and default methods; a default
-- method overridden in one instance; superclass methods used through a
-- subclass constraint.

class Shape a where
  area :: a -> Double
  perimeter :: a -> Double
  describe :: a -> String
  describe x = "shape with area " ++ show (area x)

class Shape a => Solid a where
  depth :: a -> Double
  volume :: a -> Double
  volume x = area x * depth x

data Square = Square Double
data Circle = Circle Double
data Prism = Prism Double Double

instance Shape Square where
  area (Square s) = s * s
  perimeter (Square s) = 4 * s

instance Shape Circle where
  area (Circle r) = 3 * r * r
  perimeter (Circle r) = 6 * r
  describe c = "circle, perimeter " ++ show (perimeter c)

instance Shape Prism where
  area (Prism s _) = s * s
  perimeter (Prism s _) = 4 * s

instance Solid Prism where
  depth (Prism _ d) = d

report :: Solid a => a -> String
report x = describe x ++ ", volume " ++ show (volume x)

class (Eq a, Show a) => Token a where
  render :: a -> String
  render x = "<" ++ show x ++ ">"
  same :: a -> a -> Bool
  same = (==)

instance Token Bool
instance Token Int where
  render n = "#" ++ show n

main :: IO ()
main = do
  putStrLn (describe (Square 2))
  putStrLn (describe (Circle 1))
  putStrLn (report (Prism 3 2))
  print (perimeter (Square 1.5), volume (Prism 1 10))
  putStrLn (render True)
  putStrLn (render (42 :: Int))
  print (same False False, same (1 :: Int) 2)
