module Main where

import Data.List
import Data.Ord (comparing)
import Data.Function (on)

-- Data.List functions.

main :: IO ()
main = do
  let xs = [5, 3, 8, 1, 9, 2, 8, 3 :: Int]
  print (sort xs, reverse (sort xs))
  print (sortBy (comparing negate) xs)
  print (sortBy (comparing snd) [(1 :: Int, 'c'), (2, 'a'), (3, 'b'), (4, 'a')])
  print (groupBy ((==) `on` (`div` 10)) [1, 5, 12, 18, 25, 3 :: Int])
  print (group "aabbbcdd")
  print (nub xs, nub "mississippi")
  print (partition even xs)
  print (foldl' (+) 0 [1 .. 100 :: Int], foldl' (flip (:)) [] "abc")
  print (intercalate ", " ["a", "b", "c"], intersperse '-' "abc")
  print (transpose ["abc", "de", "fghi"])
  print (transpose [[1, 2, 3], [4, 5, 6 :: Int]])
  print ("ab" `isPrefixOf` "abc", "bc" `isSuffixOf` "abc", "xb" `isInfixOf` "abc")
  print (insert 4 [1, 3, 5, 7 :: Int], delete 'b' "abcb")
  print ([1, 2, 3, 4] \\ [2, 4 :: Int], union "abc" "bcd", intersect "abc" "bcd")
  print (tails "abc", inits "abc")
  print (isPrefixOf [] "x", subsequences "abc")
  print (permutations [1, 2, 3 :: Int])
  print (zip3 "ab" [1, 2 :: Int] [True, False], lookup 2 (zip [1 ..] "xyz"))
  print (find (> 4) xs, findIndex (> 4) xs, elemIndex 8 xs, elemIndices 8 xs)
  print (splitAt 3 xs, span (< 8) xs, break (> 8) xs)
  print (stripPrefix "foo" "foobar", stripPrefix "x" "foobar")
  print (maximumBy (comparing snd) [(1 :: Int, 'a'), (2, 'z'), (3, 'm')])
  print (minimumBy (comparing abs) [-3, 2, -1, 4 :: Int])
  print (mapAccumL (\acc x -> (acc + x, acc * x)) 0 [1 .. 5 :: Int])
  print (unfoldr (\n -> if n > 100 then Nothing else Just (n, n * 2)) (1 :: Int))
  print (zipWith3 (\a b c -> a + b * c) [1, 2] [3, 4] [5, 6 :: Int])
  print (genericLength "hello" :: Integer, replicate 3 'x', and [], or [])
  print (scanl (+) 0 [1, 2, 3 :: Int], scanr (+) 0 [1, 2, 3 :: Int], scanl1 max [3, 1, 4, 1, 5 :: Int])
  print (iterate (* 2) 1 !! 10 :: Int, takeWhile (/= ' ') "hello world", dropWhileEnd (== ' ') "trim  ")
  print (lines "a\nb", sortOn negate [3, 1, 2 :: Int], insertBy (comparing negate) 2 [3, 1 :: Int])
  print (words "x y", unzip [(1 :: Int, 'a'), (2, 'b')], lookup 'q' [('q', "found")])
