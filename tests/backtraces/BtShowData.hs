module Main where

-- An error inside a data structure forced by print.

data Tree = Leaf | Node Tree Int Tree deriving Show

build :: [Int] -> Tree
build [] = Leaf
build (x : xs) = Node (build smaller) (checked x) (build larger)
  where
    smaller = filter (< x) xs
    larger = filter (> x) xs
    checked v = if v == 4 then error "four is not allowed" else v

main :: IO ()
main = do
  print (build [2, 1, 3])
  print (build [5, 4, 6])
