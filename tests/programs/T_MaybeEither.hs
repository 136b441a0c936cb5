module Main where

-- The Maybe and Either monads: do-notation short-circuits at the first
-- Nothing / Left.

safeDiv :: Int -> Int -> Maybe Int
safeDiv _ 0 = Nothing
safeDiv a b = Just (a `div` b)

calc :: Int -> Int -> Int -> Maybe Int
calc a b c = do
  x <- safeDiv a b
  y <- safeDiv x c
  return (x + y)

parseDigit :: Char -> Either String Int
parseDigit c
  | c >= '0' && c <= '9' = Right (fromEnum c - fromEnum '0')
  | otherwise = Left ("bad digit: " ++ [c])

parseNumber :: String -> Either String Int
parseNumber [] = Left "empty"
parseNumber s = do
  ds <- mapM parseDigit s
  return (foldl (\acc d -> acc * 10 + d) 0 ds)

main :: IO ()
main = do
  print (calc 100 5 2)
  print (calc 100 0 2)
  print (calc 100 5 0)
  print (parseNumber "1234")
  print (parseNumber "12x4")
  print (parseNumber "")
  print (mapM (safeDiv 12) [1, 2, 3])
  print (mapM (safeDiv 12) [1, 0, 3])
  print (sequence [Right 1, Left "first", Left "second" :: Either String Int])
  print (Just 3 >>= safeDiv 9 >>= safeDiv 100)
  print (fmap (+ 1) (Left "no" :: Either String Int), fmap (+ 1) (Right 1 :: Either String Int))
  print (Just (+ 3) <*> Just 4, pure 5 :: Maybe Int)
  print (Nothing >> Just 1 :: Maybe Int, Just 'a' >> Just 'b')
  print (either length negate (parseNumber "77"), either length negate (parseNumber "7?"))
