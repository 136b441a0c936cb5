module Main where

-- A partial application built in one place and applied in another.

safeDiv :: Int -> Int -> Int
safeDiv d n = if d == 0 then error "divide by nothing" else n `div` d

makeDivider :: Int -> (Int -> Int)
makeDivider d = safeDiv d

applyAll :: (Int -> Int) -> [Int] -> [Int]
applyAll f xs = map f xs

main :: IO ()
main = do
  let halve = makeDivider 2
      broken = makeDivider 0
  print (applyAll halve [10, 20])
  print (applyAll broken [10, 20])
