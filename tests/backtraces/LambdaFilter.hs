module Main where

keep :: [Int] -> [Int]
keep = filter (\x -> x `mod` 7 /= 0 || error ("multiple of 7: " ++ show x))

main :: IO ()
main = do
  print (keep [1 .. 6])
  print (length (keep [1 .. 20]))
