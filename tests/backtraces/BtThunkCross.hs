module Main where

-- A thunk built in one function and forced in another.

check :: Int -> Int
check n = if n > 100 then error ("too large: " ++ show n) else n

prepare :: [Int] -> [Int]
prepare xs = map check xs

consume :: [Int] -> Int
consume ys = sum ys

main :: IO ()
main = do
  let ready = prepare [10, 20, 300, 40]
  print (length ready)
  print (consume ready)
