module Main where

-- Derived Read: plain constructors, records, negative numbers,
-- nested constructors, lists and tuples of derived types.

data Color = Red | Green | Blue
  deriving (Show, Read, Eq)

data Shape = Circle Double | Rect Int Int
  deriving (Show, Read)

data Point = Point { px :: Int, py :: Int }
  deriving (Show, Read, Eq)

data Tree = Leaf | Node Tree Int Tree
  deriving (Show, Read)

main :: IO ()
main = do
  print (read "Blue" :: Color)
  print (read " Green " :: Color)
  print (read "[Red,Green,Blue]" :: [Color])
  print (read "Circle 2.5" :: Shape)
  print (read "Rect (-3) 4" :: Shape)
  print (read "(Rect 1 2)" :: Shape)
  print (read "Point {px = 3, py = -4}" :: Point)
  print (read "Point { px = -1 , py = 2 }" :: Point)
  print (read "Node (Node Leaf 1 Leaf) 2 Leaf" :: Tree)
  print (read "(Red,Circle 1.0e-2)" :: (Color, Shape))
  print (read "[Just Red,Nothing]" :: [Maybe Color])
  print (read "Left Blue" :: Either Color Int)
  print (read (show (Point 7 (-8))) == Point 7 (-8))
  print (map (\s -> fst (head (reads s)) :: Color) ["Red rest", "Blue"])
  print (reads "Purple" :: [(Color, String)])
