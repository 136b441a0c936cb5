module Main where

report :: Int -> IO ()
report n = putStrLn ("item " ++ show n ++ " -> " ++ show (check n))

check :: Int -> Int
check n
  | n `mod` 4 == 0 = error ("item " ++ show n ++ " is a multiple of 4")
  | otherwise = n * n

main :: IO ()
main = mapM_ report [1 .. 6]
