module Main where

-- A hand-written showsPrec pretty printer with operator precedence and
-- associativity, using showParen / showString / shows.

data Expr = Lit Integer
          | Var String
          | Add Expr Expr
          | Sub Expr Expr
          | Mul Expr Expr
          | Pow Expr Expr
          | Negate Expr

instance Show Expr where
  showsPrec _ (Lit n) = shows n
  showsPrec _ (Var v) = showString v
  showsPrec p (Add a b) = showParen (p > 6) $
    showsPrec 6 a . showString " + " . showsPrec 7 b
  showsPrec p (Sub a b) = showParen (p > 6) $
    showsPrec 6 a . showString " - " . showsPrec 7 b
  showsPrec p (Mul a b) = showParen (p > 7) $
    showsPrec 7 a . showString " * " . showsPrec 8 b
  showsPrec p (Pow a b) = showParen (p > 8) $
    showsPrec 9 a . showString "^" . showsPrec 8 b
  showsPrec p (Negate e) = showParen (p > 9) $
    showString "-" . showsPrec 10 e

eval :: Expr -> Integer
eval (Lit n) = n
eval (Var _) = 0
eval (Add a b) = eval a + eval b
eval (Sub a b) = eval a - eval b
eval (Mul a b) = eval a * eval b
eval (Pow a b) = eval a ^ eval b
eval (Negate e) = negate (eval e)

examples :: [Expr]
examples =
  [ Add (Lit 1) (Mul (Lit 2) (Lit 3))
  , Mul (Add (Lit 1) (Lit 2)) (Lit 3)
  , Sub (Lit 10) (Sub (Lit 4) (Lit 3))
  , Sub (Sub (Lit 10) (Lit 4)) (Lit 3)
  , Pow (Lit 2) (Pow (Lit 3) (Lit 2))
  , Pow (Pow (Lit 2) (Lit 3)) (Lit 2)
  , Negate (Add (Var "x") (Lit 1))
  , Mul (Negate (Lit 4)) (Pow (Var "y") (Lit 2))
  , Add (Lit 1) (Add (Lit 2) (Lit 3))
  ]

main :: IO ()
main = do
  mapM_ (\e -> putStrLn (show e ++ "  =  " ++ show (eval e))) examples
  print (Just (Lit 5))
  print [Add (Lit 1) (Lit 2)]
  putStrLn (showsPrec 7 (Add (Lit 1) (Lit 2)) "")
