module Main where

-- Where- and let-bound values.

average :: [Int] -> Int
average xs = total `div` count
  where
    total = sum xs
    count = if null xs then error "average of nothing" else length xs

main :: IO ()
main = do
  let scores = [3, 5, 7]
      none = filter (> 10) scores
  print (average scores)
  print (average none)
