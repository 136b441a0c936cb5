module Main where

data Person = Person
  { pname :: String
  , age :: Int
  , email :: String
  }

mkPerson :: String -> Int -> Person
mkPerson n a = Person { pname = n, age = a, email = error ("no email for " ++ n) }

greet :: Person -> String
greet p = "hello " ++ pname p ++ " (" ++ show (age p) ++ ")"

main :: IO ()
main = do
  let p = mkPerson "ada" 36
  putStrLn (greet p)
  putStrLn (email p)
