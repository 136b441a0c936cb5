module Main where

-- Records: a field holding an error, selected later.

data Person = Person { name :: String, age :: Int }

mkPerson :: String -> Person
mkPerson n = Person { name = n, age = error ("no age for " ++ n) }

greet :: Person -> String
greet p = name p ++ " is " ++ show (age p)

main :: IO ()
main = do
  let p = mkPerson "Ada"
  putStrLn (name p)
  putStrLn (greet p)
