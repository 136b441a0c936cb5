module Main where

-- where-bound helpers with guards, guards falling through to the next
-- equation, otherwise, and where bindings shared across guards.

classify :: Int -> String
classify n
  | n < 0 = "negative"
  | n == 0 = "zero"
  | isSmall = "small " ++ parity
  | otherwise = "large " ++ parity
  where
    isSmall = n < 10
    parity
      | even n = "even"
      | otherwise = "odd"

bmi :: Double -> Double -> String
bmi weight height
  | v <= under = "under"
  | v <= normal = "normal"
  | otherwise = "over"
  where
    v = weight / height ^ (2 :: Int)
    (under, normal) = (18.5, 25.0)

collatzLen :: Int -> Int
collatzLen = go 1
  where
    go acc 1 = acc
    go acc k
      | even k = go (acc + 1) (k `div` 2)
      | otherwise = go (acc + 1) (3 * k + 1)

firstMatch :: Int -> String
firstMatch x
  | x > 100 = "big"
firstMatch x
  | x > 10 = "medium"
firstMatch _ = "tiny"

roots :: Double -> Double -> Double -> Maybe (Double, Double)
roots a b c
  | disc < 0 = Nothing
  | otherwise = Just ((-b + sd) / (2 * a), (-b - sd) / (2 * a))
  where
    disc = b * b - 4 * a * c
    sd = sqrt disc

main :: IO ()
main = do
  mapM_ (putStrLn . classify) [-5, 0, 3, 8, 11, 42]
  print (map (uncurry bmi) [(50, 1.8), (70, 1.75), (100, 1.7)])
  print (map collatzLen [1, 7, 27])
  print (map firstMatch [500, 50, 5])
  print (roots 1 (-3) 2, roots 1 0 1)
