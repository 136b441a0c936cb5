module Main where

main :: IO ()
main = do
    putStrLn "a"
  s <- getLine
    putStrLn s
