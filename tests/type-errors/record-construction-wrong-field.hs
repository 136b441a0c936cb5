module Main where

data Point = Point { px :: Int, py :: Int }
data Size = Size { width :: Int }

origin :: Point
origin = Point { px = 0, width = 0 }

main :: IO ()
main = print (px origin)
