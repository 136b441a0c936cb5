module Main where

-- Derived Show for infix constructors, respecting declared fixities.

infixl 6 :+:
infixl 7 :*:
infixr 5 :::

data E = L Int
       | E :+: E
       | E :*: E
       | Neg E
  deriving Show

data Stream a = Nil | a ::: Stream a
  deriving Show

data P = Int `P` Int
  deriving Show

data Q = Q Int Int
  deriving Show

main :: IO ()
main = do
  print (L 1 :+: L 2)
  print (L 1 :+: L 2 :*: L 3)
  print ((L 1 :+: L 2) :*: L 3)
  print (L 1 :+: (L 2 :+: L 3))
  print ((L 1 :+: L 2) :+: L 3)
  print (Neg (L 1 :*: L (-2)))
  print (Just (L 1 :+: L 2))
  print (1 ::: 2 ::: 3 ::: Nil :: Stream Int)
  print ((-1) ::: Nil :: Stream Int)
  print (Just ('a' ::: Nil))
  print (3 `P` 4)
  print (Just (P (-3) 4))
  print (Q 1 2)
  print [L 0 :*: L 0]
