module Main where

-- interact: transforms all of stdin lazily. Each line is numbered,
-- reversed, and upper-cased; a summary line is appended.

import Data.Char (toUpper)

transform :: String -> String
transform s = unlines (zipWith fmt [1 :: Int ..] ls) ++ "total " ++ show (length ls) ++ "\n"
  where
    ls = lines s
    fmt i l = show i ++ " " ++ map toUpper (reverse l)

main :: IO ()
main = interact transform
