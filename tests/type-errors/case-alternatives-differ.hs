module Main where

classify :: Int -> Bool
classify n = case n of
  0 -> True
  _ -> 'n'

main :: IO ()
main = print (classify 0)
