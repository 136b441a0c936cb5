module Main where

-- A CAF whose own evaluation fails.

config :: Int
config = length (words "a b c") + error "config not found"

main :: IO ()
main = do
  putStrLn "starting"
  print config
