module Main where

-- A CAF that fails, used from a function.

limits :: [Int]
limits = [10, 20, error "no third limit"]

limitFor :: Int -> Int
limitFor i = limits !! i

main :: IO ()
main = do
  print (limitFor 0)
  print (limitFor 2)
