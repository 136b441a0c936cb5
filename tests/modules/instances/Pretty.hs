module Pretty (Pretty(..)) where

class Pretty a where
  pretty :: a -> String
  prettyList :: [a] -> String
  prettyList xs = "[" ++ concatMap (\x -> pretty x ++ ";") xs ++ "]"
