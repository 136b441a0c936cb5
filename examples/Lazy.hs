-- The bundled example: a little lazy program with the shapes the debugger
-- will be shown on (recursion, a thunk built in one place and forced in
-- another, a partial function).
module Main (main) where

fact :: Integer -> Integer
fact 0 = 1
fact n = n * fact (n - 1)

-- The average of a list, with a thunk that fails only when forced.
mean :: [Double] -> Double
mean xs = total / count
  where total = sum xs
        count = fromIntegral (length xs)

safeDiv :: Int -> Int -> Maybe Int
safeDiv _ 0 = Nothing
safeDiv a b = Just (a `div` b)

main :: IO ()
main = do
  print (fact 20)
  print (mean [1, 2, 3, 4])
  let results = [safeDiv 100 d | d <- [5, 0, 3]]
  mapM_ print results
  print (head (filter (> 10) (map (* 3) [1 ..])))
