module Main where

readCount :: IO Int
readCount = do
  putStrLn "counting"
  return "three"

main :: IO ()
main = readCount >>= print
