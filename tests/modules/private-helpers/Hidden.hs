module Hidden (Cls(..), pub, T(..), mkT, (|>)) where

infixl 1 |>

secret :: Int -> Int
secret x = x * 3 + 1

data T = T Int | U deriving Show

class Show a => Cls a where
  viaSecret :: a -> Int
  viaSecret x = secret (length (show x))
  name :: a -> String
  name x = "cls:" ++ show x

pub :: Int -> Int
pub x = secret (secret x)

mkT :: Int -> T
mkT = T . secret

(|>) :: a -> (a -> b) -> b
x |> f = f x
