module Main where

-- seq and ($!) force an error early.

strictSum :: [Int] -> Int
strictSum = go 0
  where
    go acc [] = acc
    go acc (x : xs) = let acc' = acc + guardValue x in acc' `seq` go acc' xs
    guardValue v = if v > 1000 then error "value over a thousand" else v

main :: IO ()
main = do
  print (strictSum [1, 2, 3])
  print $! strictSum [5, 5000, 5]
