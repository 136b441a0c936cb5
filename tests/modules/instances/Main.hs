-- A class in one module, a type in another, the instances in a third, used
-- in Main; derived instances of an imported type; a default method
-- overridden in one instance and inherited in another.
import Pretty
import Shapes
import Instances ()
import Data.List (sort)

main :: IO ()
main = do
  putStrLn (pretty (Pt 1 2))
  putStrLn (pretty [Pt 3 4, Pt 0 0])
  putStrLn (prettyList [True, False])
  putStrLn (pretty (Just (Pt 5 6)))
  print (sort [Pt 2 1, Pt 1 9, Pt 1 2])
  print (maximum [Pt 2 1, Pt 1 9], Pt 1 2 < Pt 1 3)
