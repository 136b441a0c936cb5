module Main where

-- A failing lookup, built lazily in a table and forced by the report.
data Entry = Entry String Int

table :: [Entry]
table = [Entry "one" 1, Entry "two" 2]

find :: String -> [Entry] -> Int
find k (Entry k' v : rest)
  | k == k' = v
  | otherwise = find k rest

scores :: [String] -> [Int]
scores = map (\k -> find k table)

main :: IO ()
main = do
  let s = scores ["two", "three"]
  print (head s)
  print (sum s)
