module Main where

-- An error in an if condition.

isValid :: Int -> Bool
isValid x = x `mod` 7 /= 0 || error ("multiple of seven: " ++ show x)

classify :: Int -> String
classify x = if isValid x then "ok" else "bad"

main :: IO ()
main = mapM_ (putStrLn . classify) [1, 2, 14]
