module Main where

loop :: Int -> Int -> IO ()
loop i acc = do
  let acc' = acc + step i
  putStrLn ("round " ++ show i ++ ": " ++ show acc')
  if i >= 5 then return () else loop (i + 1) acc'

step :: Int -> Int
step i
  | i == 4 = error ("step " ++ show i ++ " failed")
  | otherwise = i * 10

main :: IO ()
main = do
  putStrLn "begin"
  loop 1 0
  putStrLn "end"
