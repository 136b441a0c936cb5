module Main where

import Data.Either

-- Data.Either utilities and the either function.

validate :: Int -> Either String Int
validate n
  | n < 0 = Left ("negative: " ++ show n)
  | n > 100 = Left ("too big: " ++ show n)
  | otherwise = Right n

main :: IO ()
main = do
  let results = map validate [5, -1, 50, 200, 0]
  print results
  print (lefts results)
  print (rights results)
  print (partitionEithers results)
  print (map (either length (* 2)) results)
  print (either (++ "!") show (Left "oops" :: Either String Int))
  print (isLeft (Left 'a' :: Either Char ()), isRight (Left 'a' :: Either Char ()))
  print (fromLeft 0 (Left 3 :: Either Int Char), fromRight 'd' (Left 3 :: Either Int Char))
  print (fmap (+ 1) (Right 1 :: Either String Int), fmap (+ 1) (Left "e" :: Either String Int))
  print (sequence [Right 1, Right 2 :: Either String Int])
