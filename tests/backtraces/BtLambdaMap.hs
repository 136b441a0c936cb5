module Main where

-- A lambda passed to map.

labels :: [Int] -> [String]
labels = map (\n -> if n == 0 then error "zero label" else "item" ++ show n)

main :: IO ()
main = mapM_ putStrLn (labels [3, 2, 1, 0])
