module Expr (Expr(..), eval, size) where

infixl 6 :+:, :-:
infixl 7 :*:

-- Infix constructors: the derived Show uses their fixities.
data Expr = Lit Int | Expr :+: Expr | Expr :-: Expr | Expr :*: Expr | Neg Expr
  deriving (Show, Eq)

eval :: Expr -> Int
eval (Lit n) = n
eval (a :+: b) = eval a + eval b
eval (a :-: b) = eval a - eval b
eval (a :*: b) = eval a * eval b
eval (Neg a) = negate (eval a)

size :: Expr -> Int
size e = case e of
  a :+: b -> 1 + size a + size b
  a :-: b -> 1 + size a + size b
  a :*: b -> 1 + size a + size b
  Neg a -> 1 + size a
  Lit _ -> 1
