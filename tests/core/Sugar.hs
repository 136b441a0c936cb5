-- Syntactic sugar desugars to the small Core: comprehensions, sequences,
-- do, sections, records, newtypes, negative literals.
module Main (main) where

data Point = Point { px :: Int, py :: Int } | Origin

newtype Age = Age Int

older :: Age -> Age
older (Age n) = Age (n + 1)

pairs :: Int -> [(Int, Char)]
pairs n = [(i, c) | i <- [1 .. n], odd i, let c = 'a', Just _ <- [Just i]]

moveX :: Int -> Point -> Point
moveX d p = p { px = px p + d }

firstJust :: [Maybe Int] -> Maybe Int
firstJust ms = do
  Just x <- Just (head ms)
  return (negate x - 1)

main :: IO ()
main = do
  let origin = Point { px = 0, py = -3 }
  print (pairs 3, px (moveX 2 origin), map (subtract 1) [10, 8 ..], (`div` 2) 9)
  print (firstJust [Just 1], if py origin < 0 then "below" else "above")
