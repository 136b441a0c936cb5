module Main where

class Show a => where
  foo :: a -> a

main :: IO ()
main = return ()
