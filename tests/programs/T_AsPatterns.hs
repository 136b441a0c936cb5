module Main where

-- As-patterns (name@pattern) at top level, nested, and in lambdas/case.

dupFirst :: [a] -> [a]
dupFirst all'@(x : _) = x : all'
dupFirst [] = []

compress :: Eq a => [a] -> [a]
compress (x : rest@(y : _))
  | x == y = compress rest
  | otherwise = x : compress rest
compress xs = xs

suffixes :: [a] -> [[a]]
suffixes xs@(_ : rest) = xs : suffixes rest
suffixes [] = [[]]

merge :: Ord a => [a] -> [a] -> [a]
merge xs@(x : xt) ys@(y : yt)
  | x <= y = x : merge xt ys
  | otherwise = y : merge xs yt
merge xs [] = xs
merge [] ys = ys

data T = T Int (Maybe Int)
  deriving Show

main :: IO ()
main = do
  print (dupFirst "abc", dupFirst ([] :: [Int]))
  print (compress "aaabccddddde")
  print (suffixes [1, 2, 3 :: Int])
  print (merge [1, 4, 9, 10] [2, 3, 11 :: Int])
  print (map (\p@(a, _) -> (a, p)) [(1 :: Int, 'x'), (2, 'y')])
  mapM_ (putStrLn . inspect) [T 5 (Just 6), T 7 Nothing]

inspect :: T -> String
inspect t = case t of
  whole@(T n m@(Just k)) -> show (whole, n, m, k)
  other@(T _ _) -> "other: " ++ show other
