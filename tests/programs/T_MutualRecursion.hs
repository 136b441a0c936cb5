module Main where

-- Mutually recursive top-level functions, mutually recursive local
-- bindings, and mutually recursive data types.

isEven' :: Int -> Bool
isEven' 0 = True
isEven' n = isOdd' (n - 1)

isOdd' :: Int -> Bool
isOdd' 0 = False
isOdd' n = isEven' (n - 1)

data Forest a = Forest [Tree a]
data Tree a = Tree a (Forest a)

sizeT :: Tree a -> Int
sizeT (Tree _ f) = 1 + sizeF f

sizeF :: Forest a -> Int
sizeF (Forest ts) = sum (map sizeT ts)

flattenT :: Tree a -> [a]
flattenT (Tree x f) = x : flattenF f

flattenF :: Forest a -> [a]
flattenF (Forest ts) = concatMap flattenT ts

-- a tiny recursive-descent evaluator: expr = term ('+' term)*,
-- term = factor ('*' factor)*, factor = digit | '(' expr ')'
expr :: String -> (Int, String)
expr s = let (v, rest) = term s in exprRest v rest
  where
    exprRest acc ('+' : r) = let (v, r') = term r in exprRest (acc + v) r'
    exprRest acc r = (acc, r)

term :: String -> (Int, String)
term s = let (v, rest) = factor s in termRest v rest
  where
    termRest acc ('*' : r) = let (v, r') = factor r in termRest (acc * v) r'
    termRest acc r = (acc, r)

factor :: String -> (Int, String)
factor ('(' : r) = case expr r of
  (v, ')' : r') -> (v, r')
  (v, r') -> (v, r')
factor (c : r) = (fromEnum c - fromEnum '0', r)
factor [] = (0, [])

main :: IO ()
main = do
  print (map isEven' [0, 1, 10, 15], isOdd' 7)
  let t = Tree 'a' (Forest [Tree 'b' (Forest []), Tree 'c' (Forest [Tree 'd' (Forest [])])])
  print (sizeT t, flattenT t)
  let ping :: Int -> [String]
      ping 0 = []
      ping n = "ping" : pong (n - 1)
      pong 0 = []
      pong n = "pong" : ping (n - 1)
  print (ping 5)
  print (map (fst . expr) ["1+2*3", "(1+2)*3", "2*(3+4)*5", "9"])
