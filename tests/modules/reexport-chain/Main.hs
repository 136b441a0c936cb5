-- A chain of re-exports: Geo.Point -> Geo.Line (by name) -> Geo (`module
-- Geo.Line`, and a class with one of its methods). Main imports Geo and
-- Geo.Line: the same entities by two routes are not ambiguous. Main
-- defines its own shiftTwice, which Geo does not export.
import Geo
import Geo.Line (Line(Line), len2)
import Data.List (sort)

shiftTwice :: Shift a => Int -> a -> a
shiftTwice n = shift (2 * n)

main :: IO ()
main = do
  let p = Point { px = 3, py = 4 }
      l = Line origin p
  print (p, l, len2 l)
  print (midpoint l, shift 10 p, shiftTwice 1 l)
  print (p { py = 0 }, px (shift 5 origin), py p)
  print (sort [p, origin, shift (-1) p, p { px = 0 }])
  print (map (len2 . flip shift l) [0, 1], Line p p == shift 0 (Line p p))
