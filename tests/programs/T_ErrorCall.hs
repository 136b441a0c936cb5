module Main where

-- An uncaught call to `error` after some output: the program prints the
-- message (with a call stack) on stderr and exits with code 1.
-- Expected exit code: 1 (see T_ErrorCall.stderr).

check :: Int -> Int
check n
  | n > 2 = error ("value too large: " ++ show n)
  | otherwise = n * 10

main :: IO ()
main = do
  putStrLn "start"
  mapM_ (print . check) [1, 2, 3, 4]
  putStrLn "not reached"
