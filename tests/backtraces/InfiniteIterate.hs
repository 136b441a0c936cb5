module Main where

next :: Int -> Int
next n
  | n > 40 = error ("sequence escaped at " ++ show n)
  | otherwise = 2 * n + 1

main :: IO ()
main = do
  print (take 4 (iterate next 1))
  print (takeWhile (< 1000) (iterate next 1))
