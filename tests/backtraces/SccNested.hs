module Main where

process :: [Int] -> [Int]
process = map step
  where
    step x = {-# SCC "outer" #-} (x + {-# SCC "inner" #-} (check x))
    check x = if x == 4 then error "check failed on 4" else x

main :: IO ()
main = print (process [1 .. 5])
