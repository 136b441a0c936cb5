module Main where

main :: IO ()
main = go 0
  where
    go :: Int -> IO ()
    go n
      | n > 3 = finish n
      | otherwise = do
          print (n * n)
          go (n + 1)
    finish n = do
      putStrLn "finishing"
      print (n `seq` (error "loop finished badly" :: Int))
