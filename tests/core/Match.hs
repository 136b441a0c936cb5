-- Pattern matching compiles to one case tree: no equation is retried.
module Main (main) where

data Shape = Circle Double | Rect Double Double | Dot

area :: Shape -> Double
area (Circle r) = 3 * r * r
area (Rect w h) = w * h
area Dot = 0

-- Nested and overlapping patterns, a literal, a string, as- and lazy patterns.
zipWith3' :: (a -> b -> c) -> [a] -> [b] -> [c]
zipWith3' f (x:xs) (y:ys) = f x y : zipWith3' f xs ys
zipWith3' _ _ _ = []

classify :: Int -> String -> String
classify 0 "zero" = "agreed"
classify 0 _ = "zero"
classify n s@(c:_) | n > 0, c == 'p' = s
                   | otherwise = "other"
classify _ [] = "empty"
  where _ = ()

firstTwo :: [a] -> Maybe (a, a)
firstTwo all'@(a : ~(b : _)) = if null all' then Nothing else Just (a, b)
firstTwo [] = Nothing

-- An overloaded literal pattern compares with (==).
isOne :: (Eq a, Num a) => a -> Bool
isOne 1 = True
isOne _ = False

main :: IO ()
main = do
  print (area (Rect 2 3), zipWith3' (+) [1, 2] [3 :: Int], classify 1 "pq", isOne (1 :: Integer))
  print (fmap fst (firstTwo "ab"))
