-- Type classes: superclasses, default methods, instances with contexts.
module Main where

class Describable a where
  describe :: a -> String
  describe _ = "<thing>"
  name' :: a -> String

class (Eq a, Describable a) => Entity a where
  ident :: a -> Int
  same :: a -> a -> Bool
  same x y = ident x == ident y && x == y
  summary :: a -> String
  summary x = name' x ++ "#" ++ show (ident x) ++ ": " ++ describe x

class Container f where
  empty :: f a
  insert :: a -> f a -> f a
  toL :: f a -> [a]
  fromL :: [a] -> f a
  fromL = foldr insert empty

-- A class whose methods are operators, with a fixity declared in the class.
class Semi a where
  (<+>) :: a -> a -> a
  infixr 5 <+>
  sconcat :: a -> [a] -> a
  sconcat = foldr (<+>)

data Dog = Dog Int String deriving (Eq, Show)
data Rock = Rock deriving Eq

instance Describable Dog where
  describe (Dog _ n) = "a dog called " ++ n
  name' _ = "Dog"

instance Describable Rock where
  name' _ = "Rock"

instance Entity Dog where
  ident (Dog i _) = i

instance Entity Rock where
  ident _ = 0
  summary _ = "just a rock"

instance Describable a => Describable [a] where
  describe xs = "[" ++ concatMap describe xs ++ "]"
  name' xs = "list of " ++ show (length xs)

instance (Describable a, Describable b) => Describable (a, b) where
  describe (a, b) = describe a ++ " & " ++ describe b
  name' (a, b) = name' a ++ "," ++ name' b

instance Describable a => Describable (Maybe a) where
  describe Nothing = "nothing"
  describe (Just x) = "just " ++ describe x
  name' = maybe "none" name'

newtype Stack a = Stack [a]
newtype Queue a = Queue ([a], [a])

instance Container Stack where
  empty = Stack []
  insert x (Stack xs) = Stack (x : xs)
  toL (Stack xs) = xs

instance Container Queue where
  empty = Queue ([], [])
  insert x (Queue (f, b)) = Queue (f, x : b)
  toL (Queue (f, b)) = f ++ reverse b
  fromL xs = Queue (xs, [])

instance Show a => Show (Stack a) where
  show (Stack xs) = "Stack" ++ show xs

instance Semi Int where
  (<+>) = (+)

instance Semi [b] where
  (<+>) = (++)

newtype MaxI = MaxI Int deriving Show
instance Semi MaxI where
  MaxI a <+> MaxI b = MaxI (max a b)

-- Eq/Ord/Show instances written by hand.
data Version = Version [Int] String

instance Eq Version where
  Version a _ == Version b _ = a == b

instance Ord Version where
  compare (Version a _) (Version b _) = compare a b

instance Show Version where
  showsPrec d (Version ns tag) = showParen (d > 10) $
    showString "Version " . showsPrec 11 ns . showChar ' ' . showsPrec 11 tag

-- Polymorphic functions with class constraints.
describeAll :: Describable a => [a] -> [String]
describeAll = map describe

largest :: (Ord a, Show a) => [a] -> String
largest [] = "none"
largest xs = show (maximum xs)

main :: IO ()
main = do
  let rex = Dog 1 "Rex"
      fido = Dog 2 "Fido"
  putStrLn (describe rex)
  putStrLn (describe Rock)
  putStrLn (summary rex)
  putStrLn (summary Rock)
  print (same rex rex, same rex fido, same Rock Rock)
  putStrLn (describe [rex, fido])
  putStrLn (name' [Rock, Rock, Rock])
  putStrLn (describe (rex, Just Rock))
  putStrLn (name' (Nothing :: Maybe Dog) ++ " / " ++ name' (Just fido))
  mapM_ putStrLn (describeAll [Just rex, Nothing])
  print (fromL [1, 2, 3 :: Int] :: Stack Int)
  print (toL (insert 4 (fromL [1, 2, 3]) :: Queue Int))
  print (toL (insert 'z' (fromL "abc" :: Stack Char)))
  print (1 <+> 2 <+> (3 :: Int), "ab" <+> "cd", sconcat (MaxI 0) [MaxI 3, MaxI 7, MaxI 5])
  print (sconcat [] ["x", "y", "z"])
  print (Version [1, 2] "beta" == Version [1, 2] "rc", Version [1, 10] "" > Version [1, 9] "")
  print (Just (Version [2, 0] "final"))
  putStrLn (largest [Version [1] "a", Version [3] "c", Version [2] "b"])
  putStrLn (largest ([] :: [Int]))
