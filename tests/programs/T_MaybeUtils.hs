module Main where

import Data.Maybe

-- Data.Maybe utilities and the maybe function.

parse :: String -> Maybe Int
parse s = case reads s of
  [(n, "")] -> Just n
  _ -> Nothing

main :: IO ()
main = do
  let inputs = ["1", "x", "22", "", "333", "4y"]
  print (map parse inputs)
  print (mapMaybe parse inputs)
  print (catMaybes [Just 'a', Nothing, Just 'b'])
  print (fromMaybe 0 (parse "17"), fromMaybe 0 (parse "seventeen"))
  print (maybe "none" show (Just (3 :: Int)), maybe "none" show (Nothing :: Maybe Int))
  print (isJust (Just ()), isNothing (Just ()), isJust (Nothing :: Maybe ()))
  print (fromJust (Just 'q'))
  print (listToMaybe [1, 2, 3 :: Int], listToMaybe ([] :: [Int]))
  print (maybeToList (Just 'z'), maybeToList (Nothing :: Maybe Char))
  print (lookup 3 (zip [1 ..] "abcde"), lookup 9 (zip [1 :: Int ..] "abcde"))
  print (fmap (* 2) (Just (21 :: Int)), fmap (* 2) (Nothing :: Maybe Int))
  print (sum (mapMaybe parse inputs))
