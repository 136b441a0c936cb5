module Main where

table :: [(Int, String)]
table = [(1, "one"), (2, "two"), (3, missing)]

missing :: String
missing = error "entry 3 is missing"

describe :: Int -> String
describe k = case lookup k table of
  Just s -> "<" ++ s ++ ">"
  Nothing -> "?"

main :: IO ()
main = do
  putStrLn (describe 1)
  putStrLn (describe 9)
  putStrLn (describe 3)
