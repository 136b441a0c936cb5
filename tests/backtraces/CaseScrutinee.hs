module Main where

classify :: Int -> String
classify n =
  case compare (weight n) 10 of
    LT -> "light"
    EQ -> "exact"
    GT -> "heavy"

weight :: Int -> Int
weight n
  | n < 0 = error ("negative weight " ++ show n)
  | otherwise = n * 3

main :: IO ()
main = do
  putStrLn (classify 1)
  putStrLn (classify 5)
  putStrLn (classify (-2))
