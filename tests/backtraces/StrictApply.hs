module Main where

budget :: Int -> Int
budget spent
  | spent > 100 = error ("over budget: " ++ show spent)
  | otherwise = 100 - spent

record :: Int -> String
record n = const "recorded" $! budget n

main :: IO ()
main = do
  putStrLn (record 40)
  putStrLn (const "lazy" (budget 500))
  putStrLn (record 150)
