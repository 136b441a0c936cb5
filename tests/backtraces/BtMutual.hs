module Main where

-- Mutual recursion folds to one occurrence of each function.

ping :: Int -> [String]
ping 0 = error "ping reached zero"
ping n = "ping" : pong (n - 1)

pong :: Int -> [String]
pong 0 = ["done"]
pong n = "pong" : ping (n - 1)

main :: IO ()
main = do
  print (length (pong 4))
  mapM_ putStrLn (ping 4)
