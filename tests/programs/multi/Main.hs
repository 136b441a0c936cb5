module Main (main) where

import Geometry.Shapes
import qualified Util as U
import Util (Summary(..))

shapes :: [(String, Shape)]
shapes =
  [ ("circle", Circle origin 2)
  , ("rect", Rectangle (Point 1 1) (Point 4 3))
  , ("square", mkSquare (Point 0 0) 3)
  , ("moved", translate 1 (-1) (Circle (Point 5 5) 1))
  ]

main :: IO ()
main = do
  let rows = [[name, show (area s), show (perimeter s)] | (name, s) <- shapes]
  putStrLn (U.formatTable (["shape", "area", "perimeter"] : rows))
  print (snd (last shapes))
  let s = U.summarize [(n, area sh) | (n, sh) <- shapes]
  print s
  putStrLn (U.padRight 10 (largest s) ++ "|")
  print (count s, total s)
