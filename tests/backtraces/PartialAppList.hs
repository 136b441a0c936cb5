module Main where

divideBy :: Int -> Int -> Int
divideBy d n =
  if d == 0 then error ("divideBy zero at " ++ show n)
            else n `div` d

-- Partial applications built here ...
divisors :: [Int] -> [Int -> Int]
divisors ds = map divideBy ds

-- ... and applied there.
runAll :: [Int -> Int] -> Int -> [Int]
runAll fs x = [f x | f <- fs]

main :: IO ()
main = do
  let fs = divisors [1, 2, 0, 4]
  print (take 2 (runAll fs 100))
  print (runAll fs 100)
