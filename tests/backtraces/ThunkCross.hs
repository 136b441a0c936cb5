module Main where

-- A pair whose second component is a thunk built in mkPair and forced
-- only later, by usePair, under main's mapM_.
mkPair :: Int -> (Int, Int)
mkPair n = (n, if n > 2 then error ("bad pair " ++ show n) else n * 2)

usePair :: (Int, Int) -> Int
usePair (a, b) = a + b

main :: IO ()
main = do
  let ps = map mkPair [1, 2, 3]
  mapM_ (print . usePair) ps
