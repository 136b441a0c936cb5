module B (countB) where

import A

countB :: Int -> Int
countB n = if n <= 0 then 0 else countA (n - 1)
