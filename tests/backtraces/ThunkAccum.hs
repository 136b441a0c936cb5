module Main where

check :: Int -> Int
check n
  | n > 12 = error ("too big: " ++ show n)
  | otherwise = n

-- The accumulator is a chain of thunks built by go, forced by print.
total :: [Int] -> Int
total xs = go xs 0
  where
    go [] acc = acc
    go (y:ys) acc = go ys (acc + check y)

main :: IO ()
main = do
  let ys = map (* 3) [1 .. 6]
  print (length ys)
  print (total ys)
