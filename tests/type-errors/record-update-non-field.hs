module Main where

data Point = Point { px :: Int, py :: Int }

pz :: Point -> Int
pz _ = 0

move :: Point -> Point
move p = p { pz = 1 }

main :: IO ()
main = print (px (move (Point 0 0)))
