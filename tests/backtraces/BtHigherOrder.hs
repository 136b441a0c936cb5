module Main where

-- User-defined higher-order functions.

twice :: (a -> a) -> a -> a
twice f x = f (f x)

compose :: [a -> a] -> a -> a
compose = foldr (.) id

bump :: Int -> Int
bump n = if n >= 10 then error ("bump overflow at " ++ show n) else n + 4

main :: IO ()
main = do
  print (twice bump 1)
  print (compose [bump, bump, bump, bump] 1)
