module Main where

knot :: Int
knot = let x = x + 1 in x

main :: IO ()
main = do
  print (length "ok")
  print knot
