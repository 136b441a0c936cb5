module Main where

pairs :: [Int] -> [(Int, Int)]
pairs xs = concatMap (\a -> map (\b -> (a, checked a b)) xs) xs
  where
    checked a b
      | a + b > 5 = error ("sum too large: " ++ show (a + b))
      | otherwise = a + b

main :: IO ()
main = do
  print (length (pairs [1, 2, 3]))
  print (map snd (pairs [1, 2, 3]))
