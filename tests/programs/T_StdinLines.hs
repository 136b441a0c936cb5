module Main where

-- Reading all of stdin with getContents and processing it line by line:
-- per-line sums of numbers, word counts, and totals.

import Data.Char (isDigit, toUpper)

lineReport :: Int -> String -> String
lineReport i l =
  show i ++ ": words=" ++ show (length ws) ++ " sum=" ++ show total
    ++ " first=" ++ (if null ws then "-" else map toUpper (head ws))
  where
    ws = words l
    nums = [read w :: Int | w <- ws, not (null w), all isDigit w || (head w == '-' && length w > 1 && all isDigit (tail w))]
    total = sum nums

main :: IO ()
main = do
  s <- getContents
  let ls = lines s
  mapM_ (putStrLn . uncurry lineReport) (zip [1 ..] ls)
  putStrLn ("lines: " ++ show (length ls))
  putStrLn ("words: " ++ show (length (words s)))
  putStrLn ("chars: " ++ show (length s))
  putStrLn ("longest: " ++ show (maximum (map length ls)))
