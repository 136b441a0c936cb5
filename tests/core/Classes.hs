-- Classes become dictionaries: superclasses and methods as fields, default
-- methods, instances with contexts, and evidence built where it is used.
module Main (main) where

class Show a => Pretty a where
  pretty :: a -> String
  pretty x = "<" ++ show x ++ ">"
  prettyList :: [a] -> String

instance Pretty Int where
  prettyList xs = concatMap pretty xs

instance Pretty a => Pretty (Maybe a) where
  pretty Nothing = "-"
  pretty (Just x) = pretty x
  prettyList = unwords . map pretty

-- An implicitly typed recursive pair shares its dictionaries.
evens, odds :: [Int]
(evens, odds) = (0 : map (+ 1) odds, map (+ 1) evens)

count x n = if n == 0 then [] else x : count x (n - 1)

-- A superclass is selected from the given dictionary.
describe :: Pretty a => a -> String
describe x = pretty x ++ " is " ++ show x

main :: IO ()
main = do
  putStrLn (describe (Just (3 :: Int)))
  putStrLn (prettyList [Just (1 :: Int), Nothing])
  print (take 3 evens, count 'x' (2 :: Integer))
