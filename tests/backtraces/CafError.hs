module Main where

threshold :: Int
threshold = error "threshold not configured"

main :: IO ()
main = do
  putStrLn "starting"
  print (threshold + 1)
