module Main where

-- Derived Show: negative numeric fields are parenthesised, nested
-- constructors are parenthesised, and showsPrec 11 is used for arguments.

data V = V Int Double
  deriving Show

data Box a = Box a | Empty
  deriving Show

data Two a b = Two a b
  deriving Show

main :: IO ()
main = do
  print (V 3 2.5)
  print (V (-3) (-2.5))
  print (Box (-1 :: Int))
  print (Box (Just (-7 :: Integer)))
  print (Just (Box (Box 'x')))
  print (Two (Box True) (Empty :: Box Int))
  print [Box (-1), Box 0, Box 1 :: Box Int]
  print (Two (-0.5 :: Double) [Just (-1 :: Int), Nothing])
  print (Left (-2) :: Either Int Bool)
  print (Just (Left (3, -4)) :: Maybe (Either (Int, Int) ()))
  print (Box (V 0 (-0.0)))
  putStrLn (showsPrec 11 (-5 :: Int) "")
  putStrLn (showsPrec 10 (-5 :: Int) "")
  putStrLn (showsPrec 6 (-5 :: Int) "")
  putStrLn (showsPrec 7 (-5 :: Int) "")
  putStrLn (showsPrec 11 (Box 'a') "")
  putStrLn (showsPrec 10 (Box 'a') "")
  putStrLn (shows (Two 1 2 :: Two Int Int) "!")
