module Main where

import Data.List (sort, sortBy)
import Data.Ord (comparing)

-- Standard deriving clauses on newtypes (no GeneralizedNewtypeDeriving):
-- Show includes the constructor, Eq/Ord follow the wrapped type.

newtype Age = Age Int
  deriving (Eq, Ord, Show)

newtype Name = Name { getName :: String }
  deriving (Eq, Ord, Show)

newtype Score = Score Double
  deriving (Eq, Ord, Show, Read)

newtype Wrapper a = Wrapper [a]
  deriving (Eq, Ord, Show)

main :: IO ()
main = do
  print (Age 30)
  print (Age (-1))
  print (Name "x")
  print (getName (Name "plain"))
  print (sort [Age 40, Age 3, Age 25])
  print (Age 3 < Age 4, Age 5 == Age 5, compare (Name "b") (Name "a"))
  print (maximum [Score 1.5, Score (-2), Score 9.25])
  print (read "Score 2.5" :: Score)
  print (Wrapper "abc" < Wrapper "abd", Wrapper [1, 2] == Wrapper [1, 2 :: Int])
  print (Just (Wrapper [Age 1]))
  print (sortBy (comparing getName) [Name "zed", Name "amy", Name "kim"])
