module Main where

import Data.Char (toUpper, isDigit)

shout :: String -> String
shout = map toUpper . filter (/= ' ') . reject

reject :: String -> String
reject s
  | any isDigit s = error ("digits in " ++ show s)
  | otherwise = s

main :: IO ()
main = do
  putStrLn (shout "hello there")
  putStrLn (shout "room 101")
