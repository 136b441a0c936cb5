module Main where

class C a where
  op :: a -> Int
  other x = 3

main :: IO ()
main = print 1
