module Main where

-- A top-level list whose elements are computed on demand.
squares :: [Int]
squares = map sq [0 ..]
  where
    sq n
      | n > 4 = error ("square too far: " ++ show n)
      | otherwise = n * n

nth :: Int -> Int
nth k = squares !! k

main :: IO ()
main = do
  print (nth 2)
  print (map nth [0, 1, 3])
  print (nth 6)
