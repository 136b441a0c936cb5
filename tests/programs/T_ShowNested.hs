module Main where

-- Derived Show on nested structures: nested Maybe/Either, negative numbers
-- in constructor arguments, tuples and records (records nested in records),
-- infix constructors with fixity declarations, and lists of records.

data V = Int :+: Int
  deriving Show

infixl 6 :+:

data E = L Int | E :*: E | Neg E
  deriving Show

infixr 7 :*:

data Point = Point { px :: Int, py :: Double }
  deriving Show

data Segment = Segment { from :: Point, to :: Point, tag :: Maybe String }
  deriving Show

newtype Wrap = Wrap { unwrap :: Maybe Int }
  deriving Show

data Op = Plus | Minus deriving Show

data Pair a b = Pair a b deriving Show

main :: IO ()
main = do
  print (Just (Just (3 :: Int)))
  print (Just (Nothing :: Maybe Int))
  print (Just (-3 :: Int))
  print [Just (Left 2), Nothing, Just (Right "x")]
  print ((-1, -2.5, 'c') :: (Int, Double, Char))
  print (Left (-7) :: Either Int (Maybe Int), Right (Just (-7)) :: Either Int (Maybe Int))
  print (3 :+: (-4))
  print [1 :+: 2, (-1) :+: (-2)]
  print (Just (5 :+: 6))
  print (L 1 :*: L 2 :*: L 3)
  print ((L 1 :*: L 2) :*: L (-3))
  print (Neg (L (-1) :*: Neg (L 2)))
  print (Point { px = -1, py = -0.5 })
  print (Segment (Point 0 0) (Point (-3) 4.5) (Just "a\"b"))
  print [Wrap (Just (-2)), Wrap Nothing]
  print (Just (Wrap (Just 1)))
  print (Pair (-1 :: Int) (Pair (Just Plus) [Minus]))
  print (Just [Pair 'a' (-0.0 :: Double)])
  print [Point 1 2, Point 3 4]
  print ((Just (-1), [Nothing, Just (-2)]) :: (Maybe Integer, [Maybe Integer]))
  putStrLn (showsPrec 11 (-5 :: Int) "")
  putStrLn (showsPrec 11 (Just (3 :: Int)) "")
  putStrLn (showsPrec 6 (1 :+: 2) "" ++ " | " ++ showsPrec 7 (1 :+: 2) "")
  print (Just (Left (Just (-2)) :: Either (Maybe Int) ()))
  print ([[(-1, Just [()])]] :: [[(Int, Maybe [()])]])
