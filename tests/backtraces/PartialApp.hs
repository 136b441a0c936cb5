module Main where

adder :: Int -> Int -> Int
adder n x
  | x == 0 = error ("adder " ++ show n ++ ": zero")
  | otherwise = n + x

apply :: (Int -> Int) -> Int -> Int
apply g v = g v

main :: IO ()
main = do
  let f = adder 3
  print (f 1)
  print (apply f 2)
  print (apply f 0)
