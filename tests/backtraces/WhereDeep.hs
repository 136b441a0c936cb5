module Main where

render :: [Int] -> String
render xs = concatMap cell xs
  where
    cell x = "[" ++ inner x ++ "]"
      where
        inner y = digits y
          where
            digits d
              | d < 0 = error ("negative cell " ++ show d)
              | otherwise = show d

main :: IO ()
main = do
  putStrLn (render [1, 2, 3])
  putStrLn (render [4, -5, 6])
