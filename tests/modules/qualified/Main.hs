-- Qualified imports, `as`, import lists and hiding across modules.
import qualified Data.Shapes as S
import qualified Data.List as L
import Data.Shapes (Shape(..), area)
import Prelude hiding (lookup)
import Util.Table (lookup, fromPairs)

main :: IO ()
main = do
  let shapes = [Circle 1.0, Rect 2.0 3.0, S.square 1.5]
  mapM_ (print . area) shapes
  print (S.perimeter (Rect 1 2))
  print (L.sortBy (\a b -> compare (area a) (area b)) shapes)
  let t = fromPairs [(1 :: Int, "one"), (2, "two"), (3, "three")]
  print (lookup 2 t, lookup 5 t)
  print (S.describe <$> shapes)
