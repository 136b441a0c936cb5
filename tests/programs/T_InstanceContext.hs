module Main where

-- Hand-written instances with contexts: instance Show a => Show (Tree a),
-- instance Eq a => Eq (Tree a), and a user class instance for lists and
-- Maybe with a context.

data Tree a = Leaf | Node (Tree a) a (Tree a)

instance Show a => Show (Tree a) where
  showsPrec _ Leaf = showString "."
  showsPrec d (Node l x r) = showParen (d > 10) $
    showString "N " . showsPrec 11 l . showChar ' ' . showsPrec 11 x
                    . showChar ' ' . showsPrec 11 r

instance Eq a => Eq (Tree a) where
  Leaf == Leaf = True
  Node l x r == Node l' x' r' = x == x' && l == l' && r == r'
  _ == _ = False

class Size a where
  size :: a -> Int

instance Size Bool where
  size _ = 1

instance Size a => Size [a] where
  size xs = 1 + sum (map size xs)

instance Size a => Size (Maybe a) where
  size Nothing = 0
  size (Just x) = size x

instance (Size a, Size b) => Size (a, b) where
  size (a, b) = size a + size b

fromList :: Ord a => [a] -> Tree a
fromList = foldr ins Leaf
  where ins x Leaf = Node Leaf x Leaf
        ins x t@(Node l y r)
          | x < y = Node (ins x l) y r
          | x > y = Node l y (ins x r)
          | otherwise = t

main :: IO ()
main = do
  let t = fromList [3, 1, 2 :: Int]
  print t
  print (fromList "ba")
  print (Just (fromList [-1 :: Int]))
  print [Leaf, Node Leaf (-2.5 :: Double) Leaf]
  print (t == fromList [1, 3, 2], t == fromList [3, 2, 1])
  print (size [True, False], size (Just [True]), size ([Just True, Nothing], False))
