module Main where

data T = T

instance where
  show _ = "T"

main :: IO ()
main = return ()
