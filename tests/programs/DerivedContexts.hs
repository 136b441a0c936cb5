-- Derived instances whose contexts must be inferred (report chapter 11):
-- a phantom parameter needs nothing, a nested one needs its own instance,
-- and types may use each other's derived instances.
module Main where

data Phantom a = Phantom deriving (Show, Eq)

newtype Box a = Box [Maybe a] deriving (Show, Eq, Ord)

data Rose a = Rose a [Rose a] deriving Show

data Expr = Lit Int | Add Expr Expr | Let Binding Expr deriving (Show, Eq)
data Binding = Binding String Expr deriving (Show, Eq)

main :: IO ()
main = do
  print (Phantom :: Phantom (Int -> Int))
  print (Phantom == (Phantom :: Phantom (Int -> Int)))
  print (Box [Just 'x', Nothing], Box [Just 1] < Box [Just (2 :: Int)])
  print (Rose 1 [Rose 2 [], Rose (3 :: Int) []])
  print (Let (Binding "x" (Lit 1)) (Add (Lit 2) (Lit (-3))))
