-- Derived instances are written in Core with the evidence the type checker
-- found for each field.
module Main (main) where

data T a = A | B a Int | a :* a deriving (Eq, Ord, Show)

data Dir = North | South deriving (Show, Enum, Bounded)

main :: IO ()
main = print (B 'x' (-1) < A, [minBound .. maxBound :: Dir], 'a' :* 'b')
