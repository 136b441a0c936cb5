module Main where

data Tree = Leaf | Node Tree Int Tree
  deriving Show

build :: [Int] -> Tree
build [] = Leaf
build (x:xs) = Node (build small) (checked x) (build large)
  where
    small = filter (< x) xs
    large = filter (> x) xs
    checked v
      | v == 7 = error "seven is not allowed in the tree"
      | otherwise = v

main :: IO ()
main = do
  print (build [2, 1, 3])
  print (build [5, 3, 7, 1])
