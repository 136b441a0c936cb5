module Main where

countdown :: Int -> Int
countdown n
  | n == 0 = error "countdown hit zero"
  | otherwise = 1 + countdown (n - 1)

sumDepth :: [Int] -> Int
sumDepth [] = 0
sumDepth (x:xs) = countdown x + sumDepth xs

main :: IO ()
main = print (sumDepth [1000, 2000, 0, 5])
