module Main where

-- A lambda passed to filter, inside a local function.

keepSmall :: Int -> [Int] -> [Int]
keepSmall limit xs = pick xs
  where
    pick = filter (\x -> if x < 0 then error "negative in input" else x < limit)

main :: IO ()
main = do
  print (keepSmall 5 [1, 7, 3])
  print (keepSmall 5 [2, -1, 4])
