module Main where

-- A function with an incomplete pattern match applied outside its
-- domain: uncaught exception, exit code 1.
-- Expected exit code: 1 (see T_IncompletePattern.stderr).

data Color = Red | Green | Blue
  deriving Show

warmth :: Color -> String
warmth Red = "warm"
warmth Green = "neutral"

main :: IO ()
main = do
  putStrLn (warmth Red)
  putStrLn (warmth Green)
  putStrLn (warmth Blue)
  putStrLn "not reached"
