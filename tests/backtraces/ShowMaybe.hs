module Main where

import Data.Maybe (fromMaybe, mapMaybe)

parseDigit :: Char -> Maybe Int
parseDigit c
  | c >= '0' && c <= '9' = Just (fromEnum c - fromEnum '0')
  | c == '?' = Just (error "unknown digit")
  | otherwise = Nothing

main :: IO ()
main = do
  print (mapMaybe parseDigit "1a2b3")
  print (fromMaybe 0 (parseDigit 'x'))
  print (map parseDigit "4?5")
