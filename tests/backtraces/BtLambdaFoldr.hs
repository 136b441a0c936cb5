module Main where

-- A lambda given to foldr.

longest :: [String] -> Int
longest = foldr (\w best -> if null w then error "empty word" else max (length w) best) 0

main :: IO ()
main = do
  print (longest (words "a lazy fox"))
  print (longest ["one", "", "three"])
