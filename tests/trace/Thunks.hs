module Main where

-- A thunk built in one function and forced in another.
average :: [Int] -> Int
average xs = total `div` count
  where total = sum xs
        count = length (filter (> 100) xs)

report :: [Int] -> String
report xs = "average: " ++ show (average xs)

main :: IO ()
main = do
  let r = report [1, 2, 3]
  putStrLn "computing"
  putStrLn r
