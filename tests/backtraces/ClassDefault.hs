module Main where

class Container f where
  empty :: f
  size :: f -> Int
  firstItem :: f -> Int
  firstItem c = if size c == 0 then error "firstItem: empty container"
                               else 0

newtype Bag = Bag [Int]
newtype Slot = Slot (Maybe Int)

instance Container Bag where
  empty = Bag []
  size (Bag xs) = length xs
  firstItem (Bag xs) = head xs

instance Container Slot where
  empty = Slot Nothing
  size (Slot m) = maybe 0 (const 1) m

main :: IO ()
main = do
  print (firstItem (Bag [7, 8]))
  print (firstItem (Slot (Just 3)))
  print (firstItem (empty :: Slot))
