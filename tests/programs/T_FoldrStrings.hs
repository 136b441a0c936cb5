module Main where

-- Building strings with concatMap, foldr, foldl, showString/ShowS
-- composition and (++) chains.

joinWith :: String -> [String] -> String
joinWith _ [] = ""
joinWith sep (w : ws) = w ++ foldr (\x acc -> sep ++ x ++ acc) "" ws

table :: [(String, Int)] -> String
table = concatMap row
  where row (k, v) = k ++ replicate (8 - length k) '.' ++ show v ++ "\n"

showList' :: Show a => [a] -> ShowS
showList' [] = showString "<>"
showList' (x : xs) = showChar '<' . shows x . foldr (\y acc -> showChar '|' . shows y . acc) id xs . showChar '>'

main :: IO ()
main = do
  putStrLn (concatMap show [1, 2, 3 :: Int])
  putStrLn (concatMap (\c -> [c, c]) "abc")
  putStrLn (foldr (\c acc -> acc ++ [c]) "" "reverse me")
  putStrLn (foldl (\acc c -> c : acc) "" "reverse me too")
  putStrLn (joinWith ", " ["x", "y", "z"])
  putStr (table [("apples", 3), ("kiwis", 12), ("figs", 100)])
  putStrLn (showList' [1, 2, 3 :: Int] "")
  putStrLn (showList' ([] :: [Int]) " (empty)")
  putStrLn (foldr (.) id (map showString ["a", "b", "c"]) "!")
  print (foldr (\x s -> show x ++ "," ++ s) "end" [1, 2, 3 :: Int])
  putStrLn (unwords (map (\n -> replicate n '*') [1 .. 5]))
  print (concat [[c] | c <- "flat"], concat ["ab", "", "cd"])
