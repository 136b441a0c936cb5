module Main where

grade :: Int -> Char
grade s
  | s >= 90 = 'A'
  | s >= 80 = 'B'
  | s >= validFloor s = 'C'
  | otherwise = 'F'

validFloor :: Int -> Int
validFloor s = if s > 100 || s < 0 then error ("score out of range: " ++ show s) else 50

main :: IO ()
main = do
  putStrLn (map grade [95, 85, 60, 10])
  putStrLn (map grade [70, -3])
