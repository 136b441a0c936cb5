module Main where

-- Lazy (irrefutable) patterns ~p, lazy let/where pattern bindings, and
-- the difference from strict matching.

lazyFst :: (a, b) -> Int
lazyFst ~(_, _) = 1

strictFst :: (a, b) -> Int
strictFst (_, _) = 1

-- classic: build a list and its length in one pass with a lazy pattern
splitEvenOdd :: [Int] -> ([Int], [Int])
splitEvenOdd = foldr step ([], [])
  where
    step x ~(es, os)
      | even x = (x : es, os)
      | otherwise = (es, x : os)

fibsPair :: [(Integer, Integer)]
fibsPair = iterate (\ ~(a, b) -> (b, a + b)) (0, 1)

main :: IO ()
main = do
  print (lazyFst undefined)
  print (strictFst (undefined, undefined))
  let (a, b) = (length [1, 2, 3 :: Int], undefined :: Int)
  print (a, const 0 (b :: Int) :: Int)
  let ~(Just c) = Nothing :: Maybe Int
      unused = c + 1
  print (const "ok" unused)
  print (splitEvenOdd [1 .. 10])
  print (take 5 (fst (splitEvenOdd [1 ..])))
  print (map fst (take 10 fibsPair))
  let xs@(~(y : _)) = [] :: [Int]
  print (null xs, const True y)
  print (seq (lazyFst undefined) "lazy pattern not forced")
