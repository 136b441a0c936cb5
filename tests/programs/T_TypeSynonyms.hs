module Main where

-- Type synonyms, including parameterised ones and synonyms of function
-- types; they are interchangeable with their expansions.

type Name = String
type Point = (Double, Double)
type Pair a = (a, a)
type Assoc k v = [(k, v)]
type Transform = Point -> Point
type Predicate a = a -> Bool

greet :: Name -> String
greet n = "hello, " ++ n

dist :: Point -> Point -> Double
dist (x1, y1) (x2, y2) = sqrt ((x1 - x2) ^ (2 :: Int) + (y1 - y2) ^ (2 :: Int))

swapPair :: Pair a -> Pair a
swapPair (a, b) = (b, a)

find' :: Eq k => k -> Assoc k v -> Maybe v
find' = lookup

shift :: Double -> Transform
shift d (x, y) = (x + d, y + d)

both :: Predicate a -> Predicate a -> Predicate a
both p q x = p x && q x

main :: IO ()
main = do
  putStrLn (greet "world")
  print (dist (0, 0) (3, 4))
  print (swapPair (1 :: Int, 2))
  print (find' "b" [("a", 1 :: Int), ("b", 2)])
  print ((shift 1 . shift 0.5) (0, 0))
  print (filter (both even (> 10)) [1 .. 20 :: Int])
  let p :: Point
      p = (1.5, -2)
  print p
  print (map (greet :: String -> Name) ["a", "b"])
