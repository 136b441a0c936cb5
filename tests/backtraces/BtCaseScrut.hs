module Main where

-- An error inside a case scrutinee.

lookupAge :: String -> [(String, Int)] -> Int
lookupAge k table = case lookup k table of
  Just a -> a
  Nothing -> error ("unknown person " ++ k)

category :: Int -> String
category a = case a `div` 10 of
  0 -> "child"
  1 -> "teen"
  _ -> "adult"

main :: IO ()
main = do
  let people = [("ann", 34), ("bob", 12)]
  putStrLn (category (lookupAge "bob" people))
  putStrLn (category (lookupAge "cid" people))
