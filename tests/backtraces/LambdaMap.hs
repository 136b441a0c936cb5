module Main where

scaleAll :: Int -> [Int] -> [Int]
scaleAll k = map (\x -> if x > 3 then error ("bad " ++ show x) else x * k)

main :: IO ()
main = do
  let ys = scaleAll 2 [1 .. 5]
  print (take 3 ys)
  print (sum ys)
