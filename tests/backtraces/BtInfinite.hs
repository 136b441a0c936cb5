module Main where

-- An error in a lazily built infinite list.

powers :: [Int]
powers = iterate step 1
  where
    step p = if p > 500 then error "power overflow" else p * 3

main :: IO ()
main = do
  print (take 5 powers)
  print (take 8 powers)
