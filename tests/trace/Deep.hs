module Main where

-- More than fifty sites before the error: the history keeps the last fifty.
countdown :: Int -> [Int]
countdown 0 = []
countdown n = n : countdown (n - 1)

check :: Int -> Int
check x = if x == 3 then error ("bad " ++ show x) else x * 2

main :: IO ()
main = print (map check (countdown 40))
