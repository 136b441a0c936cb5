module Main where

validate :: Int -> Int
validate n = if n < 0 then error ("invalid " ++ show n) else n

strictSum :: [Int] -> Int
strictSum = go 0
  where
    go acc [] = acc
    go acc (x:xs) = let acc' = acc + validate x in acc' `seq` go acc' xs

main :: IO ()
main = do
  print (strictSum [1, 2, 3])
  print (strictSum [4, -1, 5])
