module Main where

twice :: (a -> a) -> a -> a
twice f x = f (f x)

halve :: Int -> Int
halve n
  | odd n = error ("cannot halve " ++ show n)
  | otherwise = n `div` 2

main :: IO ()
main = do
  print (twice halve 12)
  print (twice (twice halve) 48)
  print (twice halve 10)
