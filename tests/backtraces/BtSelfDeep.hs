module Main where

-- Deep self recursion appears once.

countdown :: Int -> Int
countdown n
  | n == 0 = error "countdown hit zero"
  | otherwise = 1 + countdown (n - 1)

main :: IO ()
main = print (countdown 5000)
