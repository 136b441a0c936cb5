module Main where

import Data.List (sortBy)
import Data.Ord (comparing)

-- The Ordering type and compare: lexicographic combination of
-- comparisons, sorting with custom orderings, Ordering's own Ord/Enum.

data Student = Student String Int Double
  deriving Show

byGradeThenName :: Student -> Student -> Ordering
byGradeThenName (Student n1 _ g1) (Student n2 _ g2) =
  case compare g2 g1 of
    EQ -> compare n1 n2
    other -> other

lexi :: [Ordering] -> Ordering
lexi = foldr (\o acc -> if o == EQ then acc else o) EQ

main :: IO ()
main = do
  print (compare 1 (2 :: Int), compare 'b' 'a', compare "abc" "abc")
  print (compare [1, 2] [1, 2, 3 :: Int], compare (2, 'a') (1 :: Int, 'z'))
  print (compare (Just 0) (Nothing :: Maybe Int), compare True False)
  print ([LT ..], maxBound :: Ordering, succ LT, fromEnum GT)
  print (LT < EQ, EQ < GT, maximum [EQ, LT, GT], show GT)
  let students = [Student "eve" 1 3.5, Student "bob" 2 3.9, Student "amy" 3 3.5, Student "dan" 4 2.0]
  mapM_ print (sortBy byGradeThenName students)
  print (sortBy (comparing negate) [3, 1, 2 :: Int])
  print (sortBy (\a b -> compare (length a) (length b)) ["ccc", "a", "bb", "d"])
  print (lexi [EQ, EQ, GT, LT], lexi [EQ, EQ], lexi [LT])
  print (map (compare 5) [1, 5, 9 :: Int])
  print (max "apple" "banana", min (3, "x") (3, "a") :: (Int, String))
  print (compare (0 / 0) (1 :: Double), (0 / 0 :: Double) == 0 / 0)
