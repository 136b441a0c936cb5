module Main where

main :: IO ()
main = do
  print total
  print (length ys)
  print (sum ys)
  where
    ys = [1, 2, limit] :: [Int]
    limit = error "no limit"
    total = sum (take 2 ys)
