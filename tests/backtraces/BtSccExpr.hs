module Main where

-- SCC pragmas on expressions.

compute :: Int -> Int
compute n = {-# SCC "checked" #-} (if n > 9 then error "digit too big" else n * n)

main :: IO ()
main = do
  print (compute 3)
  let r = {-# SCC "result" #-} compute 12
  print r
