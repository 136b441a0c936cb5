module Main where

-- div/mod/quot/rem/divMod/quotRem for Int and Integer with every sign
-- combination, exact divisions, and large (multi-word) Integers.

pairs :: [(Integer, Integer)]
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (1, -1)]

row :: (Integral a, Show a) => (a, a) -> String
row (a, b) =
  show a ++ " " ++ show b ++ ": div=" ++ show (a `div` b) ++ " mod=" ++ show (a `mod` b)
    ++ " quot=" ++ show (a `quot` b) ++ " rem=" ++ show (a `rem` b)
    ++ " divMod=" ++ show (divMod a b) ++ " quotRem=" ++ show (quotRem a b)

big :: Integer
big = 123456789012345678901234567890

main :: IO ()
main = do
  putStrLn "Integer:"
  mapM_ (putStrLn . row) pairs
  putStrLn "Int:"
  mapM_ (putStrLn . row) [(fromInteger a, fromInteger b) :: (Int, Int) | (a, b) <- pairs]
  putStrLn "big:"
  mapM_ (putStrLn . row)
    [ (big, 97), (negate big, 97), (big, -97), (negate big, -97)
    , (big, 10 ^ 15), (negate big, 10 ^ 15 + 7)
    , (big * big, big), (big * big + 1, negate big)
    , (2 ^ 100, 2 ^ 64 - 1), (negate (2 ^ 100), 3 ^ 40) ]
  print (divMod (maxBound :: Int) 10, quotRem (minBound :: Int) 10)
  print (divMod (minBound :: Int) 7, (minBound :: Int) `mod` (-7))
  print (sum [n `mod` 7 | n <- [-20 .. 20 :: Int]], sum [n `rem` 7 | n <- [-20 .. 20 :: Int]])
  print (map (`div` 3) [-5 .. 5 :: Integer])
  print (map (`quot` 3) [-5 .. 5 :: Integer])
