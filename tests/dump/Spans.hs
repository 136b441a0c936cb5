module Spans where

fact :: Integer -> Integer
fact 0 = 1
fact n = n * fact (n - 1)

mean xs = total / count
  where total = sum xs
        count = fromIntegral (length xs)

main = do
  let ys = map (* 2) [1 .. 10]
  if null ys then return () else print (head ys)
  print [x | Just x <- [Just 1, Nothing], x > 0]
