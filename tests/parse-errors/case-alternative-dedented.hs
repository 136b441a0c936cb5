module Main where

f :: Int -> String
f x = case x of
    1 -> "one"
  -1 -> "minus one"

main :: IO ()
main = return ()
