-- Import forms: `as` without `qualified`, `qualified` without `as`, two
-- modules under one alias, hiding of a library module's and a user
-- module's names, a local definition with an imported name, qualified
-- Prelude names, a constructor left out of an export list, a self-export.
import qualified Data.Bag as B
import Data.Bag (Bag, Color(..))
import Text.Format as F hiding (size)
import qualified Text.Format
import qualified Data.Char
import qualified Data.List as B (sortBy, group)
import Data.Maybe hiding (fromJust)

size :: [a] -> Int
size = Prelude.length

fromJust :: a -> Maybe a -> a
fromJust d = maybe d id

main :: IO ()
main = do
  let bag = foldr B.add B.empty ([Green, Red] ++ [maxBound] ++ [Red, Red])
  print (B.toList bag, B.size bag, B.count Red bag, size (B.toList bag))
  print ([minBound .. maxBound :: Color], map length (B.group (B.toList bag)))
  print (B.sortBy (flip compare) (B.toList bag))
  putStrLn (pad 10 "abc" ++ "|" ++ F.pad 4 "x" ++ "|" ++ Text.Format.pad 2 "long")
  putStrLn (shout "hello" ++ [toUpper 'q', F.toUpper 'r', Data.Char.toUpper 's'])
  print (Text.Format.size "three little words", size "three")
  print (fromJust 0 (Just 5), fromJust 0 Nothing, fromMaybe 1 Nothing, isJust (Just ()))
  print (Prelude.map Data.Char.ord "az", Prelude.foldr (Prelude.+) 0 [1, 2, 3])
