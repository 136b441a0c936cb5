module Main where

fromMaybe0 :: Maybe Int -> Int
fromMaybe0 (Just x y) = x
fromMaybe0 Nothing = 0

main :: IO ()
main = print (fromMaybe0 (Just 1))
