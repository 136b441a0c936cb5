module Main where

data Colour = Red | Green | Blue

warmth :: Colour -> Int
warmth Red = 3
warmth Green = 1

main :: IO ()
main = do
  print (warmth Red)
  print (map warmth [Green, Blue])
