-- Break sites of every expression form GHC's coverage pass distinguishes.
module Main (main) where

data Shape = Circle { radius :: Double } | Rect { width :: Double, height :: Double }
  deriving Show

area :: Shape -> Double
area (Circle r) = pi * r * r
area (Rect w h) = w * h

classify :: Int -> String
classify n
  | n < 0 = "negative"
  | n == 0 = "zero"
  | even n, n > 100 = "big even"
  | otherwise = show n

lookupAll :: [(Int, String)] -> [Int] -> [String]
lookupAll table keys = [v | k <- keys, Just v <- [lookup k table], not (null v)]

describe :: Maybe Int -> String
describe m = case m of
  Nothing -> "none"
  Just x | x > 10 -> "large " ++ show x
         | otherwise -> if odd x then "odd" else show (negate x)

pairs :: [a] -> [(a, a)]
pairs xs = zip xs (tail xs)

scaleAll :: Double -> [Shape] -> [Shape]
scaleAll k = map (\s -> case s of
                          Circle r -> s { radius = r * k }
                          Rect w h -> Rect (w * k) (h * k))

sumTo :: Int -> Int
sumTo n = let go acc i | i > n = acc
                       | otherwise = go (acc + i) (i + 1)
          in go 0 1

firstJust :: [Maybe a] -> Maybe a
firstJust ms
  | Just x <- foldr pick Nothing ms = Just x
  | otherwise = Nothing
  where pick (Just y) _ = Just y
        pick Nothing r = r

main :: IO ()
main = do
  let shapes = [Circle 1.0, Rect 2 3]
  mapM_ (print . area) shapes
  print (map classify [-1, 0, 200, 7])
  print (lookupAll [(1, "one"), (2, "")] [1, 2, 3])
  putStrLn (describe (Just 12)) >> putStrLn (describe (Just 3))
  print (pairs "abc", (sumTo 10 :: Int), -(sumTo 3))
  print (scaleAll 2 shapes)
  n <- return (length [1 .. 10 :: Int])
  print (firstJust [Nothing, Just n], [x * 2 | x <- [1, 3 .. 9], odd x], (+ 1) n, (subtract 1 `map` [n]))
