module Main where

-- Integer division by zero raises an uncaught ArithException; the
-- output before it is still printed. (Double division by zero does not.)
-- Expected exit code: 1 (see T_DivZero.stderr).

main :: IO ()
main = do
  print (1 / 0 :: Double)
  print (10 `div` 3 :: Int)
  print (map (100 `div`) [5, 2, 1 :: Int])
  print (sum (map (100 `div`) [5, 0, 1 :: Int]))
  putStrLn "not reached"
