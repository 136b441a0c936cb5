module Main ((+++), T(..), main, C(..)) where

import Prelude hiding (lookup)
import qualified Data.List as L
import Data.Char (toUpper, ord)

infixr 5 +++
(+++) :: [a] -> [a] -> [a]
xs +++ ys = foldr (:) ys xs

data T = T !Int !Int | Int :*: Int deriving (Eq, Show)

class C a where
  (=~), (!~) :: a -> a -> Bool
  x !~ y = not (x =~ y)
  describe :: a -> String
  describe _ = "c"

instance C Int where
  a =~ b
    | a == b = True
    | otherwise = False
    where _unused = ()

lookup :: Int -> [(Int, b)] -> Maybe b
lookup _ [] = Nothing
lookup k ((k', v):rest) | k == k' = Just v
                        | let k2 = k', k2 > k = Nothing
                        | otherwise = lookup k rest

classify :: Int -> String
classify n = case n of
  -1 -> "minus one"
  0 -> "zero"
  m | m > 100 -> "big"
    | otherwise -> "other"
      where _x = 1

main :: IO ()
main = do
  let ~(a, b) = (1 :: Int, 2 :: Int)
      f = \x -> x * 2
  print (a, b, f 3)
  if a > 0
    then putStrLn "pos"
    else putStrLn "neg"
  if b > 0 then
    putStrLn "b pos"
  else
    putStrLn "b neg"
  mapM_ (putStrLn . classify) [-1, 0, 200, 5]
  print $ [1, 2] +++ [3] +++ [4 :: Int]
  print (T 1 2, 3 :*: 4)
  print [(x, y) | (x:_) <- [[1 :: Int, 2], [], [3]], let y = x * 10, odd x]
  print (lookup 2 [(1, "a"), (2, "b")], lookup 9 [(1, "x")])
  print ((5 :: Int) =~ 5, (5 :: Int) !~ 6, describe (1 :: Int))
  print $ map toUpper "abc" ++ show (ord 'a') ++ show (L.sort [3, 1, 2 :: Int])
  print (filter (`elem` "aeiou") "education", (subtract 1) 10, (`div` 2) 9)
  do { putStr "x"; putStrLn "y" }
  case Just 3 of { Just n | n > 2 -> print n; _ -> return () }
  let g 0 = "z"
      g _ = "nz"
  putStrLn (g (0 :: Int)) >> putStrLn (g 1)
  print (negate 1, - 2 + 3, (-1) `mod` 3, 2 ^ (3 :: Int) ^ (2 :: Int))
	-- a tab-indented comment line
