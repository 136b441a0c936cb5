module Main where

-- Nested constructor patterns, tuple-in-list patterns, literal patterns
-- inside constructors, wildcard patterns, and overlapping equations
-- tried top to bottom.

data Shape = Circle Double | Rect Double Double
  deriving Show

data Item = Item String (Maybe (Int, Shape))
  deriving Show

describe :: Item -> String
describe (Item n Nothing) = n ++ ": nothing"
describe (Item n (Just (0, _))) = n ++ ": zero of something"
describe (Item n (Just (1, Circle r))) = n ++ ": one circle r=" ++ show r
describe (Item n (Just (k, Rect w h)))
  | w == h = n ++ ": " ++ show k ++ " squares"
describe (Item n (Just (k, s))) = n ++ ": " ++ show k ++ " x " ++ show s

firstTwo :: [(Int, [Char])] -> String
firstTwo ((a, x : _) : (b, _ : y : _) : _) = show (a + b) ++ [x, y]
firstTwo [(_, [])] = "single-empty"
firstTwo _ = "other"

nested :: Maybe (Either Int (Maybe Bool)) -> Int
nested (Just (Left 0)) = 100
nested (Just (Left n)) = n
nested (Just (Right (Just True))) = 1
nested (Just (Right _)) = -1
nested Nothing = 0

main :: IO ()
main = do
  mapM_ (putStrLn . describe)
    [ Item "a" Nothing
    , Item "b" (Just (0, Circle 1))
    , Item "c" (Just (1, Circle 2))
    , Item "d" (Just (3, Rect 2 2))
    , Item "e" (Just (3, Rect 2 5))
    , Item "f" (Just (2, Circle 1))
    ]
  print (firstTwo [(1, "xy"), (2, "pq")], firstTwo [(1, "")], firstTwo [])
  print (map nested [Just (Left 0), Just (Left 7), Just (Right (Just True)),
                     Just (Right (Just False)), Just (Right Nothing), Nothing])
  let ((p, q), [r, _, s]) = ((1 :: Int, 'q'), "rxs")
  print (p, q, r, s)
