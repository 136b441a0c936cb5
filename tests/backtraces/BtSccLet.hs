module Main where

-- An SCC pragma around a let.

pipeline :: [Int] -> Int
pipeline xs = {-# SCC "pipeline_body" #-}
  let doubled = map (* 2) xs
      checked = map (\x -> if x > 10 then error "too big after doubling" else x) doubled
  in sum checked

main :: IO ()
main = do
  print (pipeline [1, 2])
  print (pipeline [3, 6])
