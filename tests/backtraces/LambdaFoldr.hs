module Main where

-- foldr with a lambda that fails on an empty string.
joinWords :: [String] -> String
joinWords = foldr (\w acc ->
                     if null w
                       then error "empty word"
                       else w ++ " " ++ acc) ""

main :: IO ()
main = do
  putStrLn (joinWords ["a", "b"])
  print (length (joinWords ["one", "two", "", "four"]))
