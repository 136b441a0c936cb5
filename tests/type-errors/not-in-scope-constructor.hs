module Main where

data Shape = Circle Double | Square Double

main :: IO ()
main = print (area (Triangle 1.0))
  where
    area (Circle r) = 3 * r * r
    area (Square s) = s * s
