module Main where

-- Forcing `undefined` after some output: the program dies with the
-- Prelude.undefined message and exit code 1; earlier output is kept.
-- Expected exit code: 1 (see T_ErrorUndefined.stderr).

values :: [Int]
values = [10, 20, undefined, 40]

main :: IO ()
main = do
  putStrLn "before"
  print (length values)
  print (take 2 values)
  print (sum values)
  putStrLn "not reached"
