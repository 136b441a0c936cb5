-- A small interpreter for an arithmetic language with let and lambda.
module Main (main) where

import Data.Char (isDigit, isAlpha, isSpace, isAlphaNum)
import qualified Data.List as List

data Token
  = TInt Integer
  | TIdent String
  | TSym String
  | TLet | TIn | TIf | TThen | TElse
  deriving (Show, Eq)

data Expr
  = Num Integer
  | Var String
  | BinOp Char Expr Expr
  | Let String Expr Expr
  | If Expr Expr Expr
  | Lam String Expr
  | App Expr Expr
  deriving (Show, Eq)

data Value = IntV Integer | FunV String Expr Env

type Env = [(String, Value)]

instance Show Value where
  show (IntV n) = show n
  show (FunV x _ _) = "<function of " ++ x ++ ">"

-------------------------------------------------------------------- lexer

tokenize :: String -> Either String [Token]
tokenize [] = Right []
tokenize s@(c : cs)
  | isSpace c = tokenize cs
  | isDigit c = let (ds, rest) = span isDigit s
                in (TInt (read ds) :) `fmap` tokenize rest
  | isAlpha c = let (w, rest) = span isAlphaNum s
                in (keyword w :) `fmap` tokenize rest
  | c == '-', take 1 cs == ">" = (TSym "->" :) `fmap` tokenize (drop 1 cs)
  | c `elem` "+-*/()\\=<" = (TSym [c] :) `fmap` tokenize cs
  | otherwise = Left ("unexpected character " ++ show c)
  where
    keyword "let" = TLet
    keyword "in" = TIn
    keyword "if" = TIf
    keyword "then" = TThen
    keyword "else" = TElse
    keyword w = TIdent w

-------------------------------------------------------------------- parser

type Parser a = [Token] -> Either String (a, [Token])

expect :: Token -> [Token] -> Either String [Token]
expect t (t' : ts) | t == t' = Right ts
expect t ts = Left ("expected " ++ show t ++ " but got " ++ show (take 1 ts))

parseExpr :: Parser Expr
parseExpr (TLet : TIdent x : TSym "=" : ts) = do
  (e1, ts1) <- parseExpr ts
  ts2 <- expect TIn ts1
  (e2, ts3) <- parseExpr ts2
  return (Let x e1 e2, ts3)
parseExpr (TIf : ts) = do
  (c, ts1) <- parseExpr ts
  (t, ts2) <- expect TThen ts1 >>= parseExpr
  (e, ts3) <- expect TElse ts2 >>= parseExpr
  return (If c t e, ts3)
parseExpr (TSym "\\" : TIdent x : TSym "->" : ts) = do
  (body, rest) <- parseExpr ts
  return (Lam x body, rest)
parseExpr ts = parseCmp ts

parseCmp :: Parser Expr
parseCmp ts = do
  (l, rest) <- parseSum ts
  case rest of
    TSym "<" : rest' -> do
      (r, rest'') <- parseSum rest'
      return (BinOp '<' l r, rest'')
    _ -> return (l, rest)

parseSum :: Parser Expr
parseSum ts = parseTerm ts >>= go
  where
    go (l, TSym [o] : rest) | o `elem` "+-" = do
      (r, rest') <- parseTerm rest
      go (BinOp o l r, rest')
    go done = Right done

parseTerm :: Parser Expr
parseTerm ts = parseApp ts >>= go
  where
    go (l, TSym [o] : rest) | o `elem` "*/" = do
      (r, rest') <- parseApp rest
      go (BinOp o l r, rest')
    go done = Right done

parseApp :: Parser Expr
parseApp ts = do
  (f, rest) <- parseAtom ts
  loop f rest
  where
    loop f rest = case parseAtom rest of
      Right (a, rest') -> loop (App f a) rest'
      Left _ -> Right (f, rest)

parseAtom :: Parser Expr
parseAtom (TInt n : ts) = Right (Num n, ts)
parseAtom (TIdent x : ts) = Right (Var x, ts)
parseAtom (TSym "(" : ts) = do
  (e, rest) <- parseExpr ts
  rest' <- expect (TSym ")") rest
  return (e, rest')
parseAtom ts = Left ("unexpected " ++ show (take 1 ts))

parse :: String -> Either String Expr
parse s = do
  toks <- tokenize s
  (e, rest) <- parseExpr toks
  if null rest then return e else Left ("trailing tokens: " ++ show rest)

-------------------------------------------------------------------- evaluator

eval :: Env -> Expr -> Either String Value
eval _ (Num n) = Right (IntV n)
eval env (Var x) = maybe (Left ("unbound variable " ++ x)) Right (lookup x env)
eval env (BinOp o a b) = do
  x <- eval env a >>= asInt
  y <- eval env b >>= asInt
  arith o x y
eval env (Let x e body) = do
  v <- eval env e
  eval ((x, v) : env) body
eval env (If c t e) = do
  n <- eval env c >>= asInt
  eval env (if n /= 0 then t else e)
eval env (Lam x body) = Right (FunV x body env)
eval env (App f a) = do
  fv <- eval env f
  av <- eval env a
  case fv of
    FunV x body cloEnv -> eval ((x, av) : cloEnv) body
    IntV n -> Left ("cannot apply the number " ++ show n)

asInt :: Value -> Either String Integer
asInt (IntV n) = Right n
asInt v = Left ("expected a number, got " ++ show v)

arith :: Char -> Integer -> Integer -> Either String Value
arith '+' x y = Right (IntV (x + y))
arith '-' x y = Right (IntV (x - y))
arith '*' x y = Right (IntV (x * y))
arith '/' _ 0 = Left "division by zero"
arith '/' x y = Right (IntV (x `div` y))
arith '<' x y = Right (IntV (if x < y then 1 else 0))
arith o _ _ = Left ("bad operator " ++ [o])

-------------------------------------------------------------------- pretty printer

pretty :: Expr -> String
pretty e = showsExpr 0 e ""

showsExpr :: Int -> Expr -> ShowS
showsExpr _ (Num n) = shows n
showsExpr _ (Var x) = showString x
showsExpr d (BinOp o a b) = showParen (d > p) $
    showsExpr p a . showString [' ', o, ' '] . showsExpr (p + 1) b
  where p = case o of { '<' -> 4; '+' -> 6; '-' -> 6; _ -> 7 }
showsExpr d (Let x a b) = showParen (d > 0) $
  showString "let " . showString x . showString " = " . showsExpr 0 a
    . showString " in " . showsExpr 0 b
showsExpr d (If c t e) = showParen (d > 0) $
  showString "if " . showsExpr 0 c . showString " then " . showsExpr 0 t
    . showString " else " . showsExpr 0 e
showsExpr d (Lam x b) = showParen (d > 0) $ showString ("\\" ++ x ++ " -> ") . showsExpr 0 b
showsExpr d (App f a) = showParen (d > 10) $ showsExpr 10 f . showChar ' ' . showsExpr 11 a

run :: String -> String
run src = case parse src >>= \e -> fmap ((,) e) (eval [] e) of
  Left err -> "error: " ++ err
  Right (e, v) -> pretty e ++ "  ==>  " ++ show v

programs :: [String]
programs =
  [ "1 + 2 * 3"
  , "(1 + 2) * 3 - 4 / 2"
  , "let x = 5 in x * x"
  , "let double = \\n -> n * 2 in double (double 10)"
  , "let compose = \\f -> \\g -> \\x -> f (g x) in compose (\\a -> a + 1) (\\b -> b * 3) 7"
  , "if 3 < 4 then 100 else 200"
  , "let fact = \\self -> \\n -> if n < 1 then 1 else n * self self (n - 1) in fact fact 20"
  , "\\y -> y"
  , "10 / (5 - 5)"
  , "unknown + 1"
  , "3 4"
  , "1 + $"
  , "let x = 1 x"
  ]

main :: IO ()
main = do
  mapM_ (putStrLn . run) programs
  print (parse "a - b - c")
  print (List.sortBy (\a b -> compare (length a) (length b)) (take 3 programs))
