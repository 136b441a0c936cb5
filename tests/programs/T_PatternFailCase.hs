module Main where

-- A case expression with a missing alternative: the failing match is an
-- uncaught exception (non-exhaustive patterns in case), exit code 1.
-- Expected exit code: 1 (see T_PatternFailCase.stderr).

data Shape = Circle Int | Square Int | Triangle Int Int
  deriving Show

area :: Shape -> Int
area s = case s of
  Circle r -> 3 * r * r
  Square a -> a * a

main :: IO ()
main = do
  print (area (Circle 2))
  print (area (Square 5))
  print (map area [Square 1, Circle 1])
  print (area (Triangle 3 4))
  putStrLn "not reached"
