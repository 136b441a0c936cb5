module Main where

class Shape a where
  area :: a -> Int
  name :: a -> String

data Square = Square Int
data Rect = Rect Int Int

instance Shape Square where
  area (Square s) = s * s
  name _ = "square"

instance Shape Rect where
  area (Rect w h)
    | w < 0 || h < 0 = error ("negative rect " ++ show (w, h))
    | otherwise = w * h
  name _ = "rect"

describe :: Shape a => a -> String
describe s = name s ++ " of area " ++ show (area s)

main :: IO ()
main = do
  putStrLn (describe (Square 3))
  putStrLn (describe (Rect 2 5))
  putStrLn (describe (Rect 2 (-1)))
