module Main where

-- A recursive IO loop with a counter.

loop :: Int -> IO ()
loop i
  | i > 3 = error ("loop ran too long at " ++ show i)
  | otherwise = do
      putStrLn ("iteration " ++ show i)
      loop (i + 1)

main :: IO ()
main = loop 1
