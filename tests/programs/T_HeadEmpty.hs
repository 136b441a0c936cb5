module Main where

-- `head []` is an uncaught exception: stdout keeps what was printed before,
-- stderr gets the error message, exit code 1.
-- Expected exit code: 1 (see T_HeadEmpty.stderr).

firstWord :: String -> String
firstWord s = head (words s)

main :: IO ()
main = do
  putStrLn (firstWord "hello world")
  putStrLn (firstWord "   ")
  putStrLn "not reached"
