module Data.Account
  ( Name, Amount, Ledger
  , Account(..)
  , Positive, mkPositive, getPositive
  , open, deposit, rename, balances
  ) where

-- Type synonyms, one with a parameter.
type Name = String
type Amount = Int
type Ledger a = [(Name, a)]

-- A record with two constructors sharing fields.
data Account
  = Checking { owner :: Name, balance :: Amount, overdraft :: Amount }
  | Savings  { owner :: Name, balance :: Amount, rate :: Int }
  deriving (Show, Eq)

-- Exported abstractly: only mkPositive can build one.
newtype Positive = Positive Int deriving (Show, Eq, Ord)

mkPositive :: Int -> Maybe Positive
mkPositive n
  | n > 0 = Just (Positive n)
  | otherwise = Nothing

getPositive :: Positive -> Int
getPositive (Positive n) = n

open :: Name -> Account
open n = Checking { owner = n, balance = 0, overdraft = 100 }

deposit :: Positive -> Account -> Account
deposit (Positive n) acc = acc { balance = balance acc + n }

rename :: Name -> Account -> Account
rename n acc = acc { owner = n }

balances :: [Account] -> Ledger Amount
balances = map (\a -> (owner a, balance a))
