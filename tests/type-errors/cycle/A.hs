module A (countA) where

import B

countA :: Int -> Int
countA n = if n <= 0 then 0 else countB (n - 1)
