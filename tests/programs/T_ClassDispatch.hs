module Main where

-- Type-class dispatch: default methods, superclasses, instances for
-- Maybe and lists (with contexts), polymorphic functions with constraints,
-- and return-type polymorphism via a nullary method.

class Describe a where
  describe :: a -> String
  describe _ = "<thing>"
  name' :: a -> String
  name' x = "[" ++ describe x ++ "]"

class Describe a => Sized a where
  size :: a -> Int
  summary :: a -> String
  summary x = describe x ++ " of size " ++ show (size x)

class Default a where
  def :: a

data Color = Red | Green | Blue deriving (Show, Eq)

instance Describe Color where
  describe = show

instance Describe Bool

instance Describe Int where
  describe n = "int " ++ show n
  name' n = "#" ++ show n

instance Describe a => Describe (Maybe a) where
  describe Nothing = "nothing"
  describe (Just x) = "just " ++ describe x

instance Describe a => Describe [a] where
  describe xs = "list(" ++ concatMap describe xs ++ ")"

instance Describe a => Sized [a] where
  size = length

instance Describe a => Sized (Maybe a) where
  size = maybe 0 (const 1)

instance Default Int where def = 0
instance Default Bool where def = False
instance Default Color where def = Green
instance Default a => Default (Maybe a) where def = Just def
instance (Default a, Default b) => Default (a, b) where def = (def, def)
instance Default [a] where def = []

describeAll :: Describe a => [a] -> [String]
describeAll = map name'

biggest :: Sized a => [a] -> Int
biggest = maximum . map size

orDefault :: Default a => Maybe a -> a
orDefault = maybe def id

main :: IO ()
main = do
  putStrLn (describe Red)
  putStrLn (describe True)
  putStrLn (name' False)
  putStrLn (name' (5 :: Int))
  putStrLn (name' (Just Blue))
  putStrLn (describe [Just (1 :: Int), Nothing])
  mapM_ putStrLn (describeAll [Red, Green])
  putStrLn (summary [Red, Blue, Green])
  putStrLn (summary (Just (Just True)))
  print (biggest [[1, 2 :: Int], [3], [4, 5, 6]])
  print (def :: Int, def :: Bool, def :: Color)
  print (def :: (Maybe Int, (Bool, [Color])))
  print (orDefault (Nothing :: Maybe Color), orDefault (Just (7 :: Int)))
  print (def == Green, (def :: Maybe (Maybe Bool)))
