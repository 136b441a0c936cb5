module Main where

-- Derived Show on record syntax: fields in braces, negative fields are
-- NOT parenthesised inside record braces, but the whole record is
-- parenthesised when it is an argument of another constructor.

data Point = Point { px :: Int, py :: Int }
  deriving Show

data Person = Person { name :: String, age :: Int, home :: Maybe Point }
  deriving Show

data Wrap = Wrap { inner :: Point } | NoWrap
  deriving Show

newtype Meters = Meters { getMeters :: Double }
  deriving Show

data Op = Op { (<+>) :: Int }
  deriving Show

main :: IO ()
main = do
  print (Point 1 2)
  print (Point (-1) (-2))
  print (Person "Ann" 41 Nothing)
  print (Person { name = "Bob", age = 7, home = Just (Point 0 (-5)) })
  print (Wrap (Point 3 4))
  print [Wrap (Point 3 4), NoWrap]
  print (Just (Point 5 6))
  print (Meters 2.5)
  print (Just (Meters (-1.5)))
  print (Op 3)
  print (px (Point 9 8), py (Point 9 8))
