module Main where

main :: IO ()
main = do
    if True
      then putStrLn "a"
  else putStrLn "b"
