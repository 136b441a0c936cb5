-- Import forms: import lists, hiding, qualified, as; an export list.
module Main (main, wordFreq) where

import Prelude hiding (lookup, filter)
import qualified Prelude as P
import Data.List (sortBy, groupBy, nub, foldl', intercalate, isPrefixOf)
import qualified Data.List as L
import Data.Char (toUpper, isDigit, ord, chr)
import qualified Data.Char
import Data.Maybe hiding (fromJust)
import qualified Data.Maybe as M (fromJust)

-- Our own 'lookup' and 'filter' do not clash thanks to 'hiding'.
lookup :: Eq k => k -> [(k, v)] -> v -> v
lookup k kvs def = fromMaybe def (P.lookup k kvs)

filter :: (a -> Bool) -> [a] -> [a]
filter p = foldr (\x acc -> if p x then x : acc else acc) []

wordFreq :: String -> [(String, Int)]
wordFreq s = map (\ws -> (head ws, length ws))
           . groupBy (==)
           . L.sort
           . words
           . map Data.Char.toLower
           $ s

byCountDesc :: (String, Int) -> (String, Int) -> Ordering
byCountDesc (a, x) (b, y) = compare y x `mappend'` compare a b
  where mappend' EQ o = o
        mappend' o _ = o

caesar :: Int -> String -> String
caesar n = map shift
  where shift c | c >= 'a' && c <= 'z' = rot 'a' c
                | c >= 'A' && c <= 'Z' = rot 'A' c
                | otherwise = c
        rot base c = chr (ord base + (ord c - ord base + n) `mod` 26)

main :: IO ()
main = do
  let text = "the quick brown fox jumps over the lazy dog The DOG sleeps"
  print (sortBy byCountDesc (wordFreq text))
  print (lookup 2 [(1, "a"), (2, "b")] "none", lookup 9 [(1, "a")] "none")
  print (filter isDigit "a1b22c333", P.filter (> 'b') "abcd")
  print (nub [3, 1, 3, 2, 1 :: Int], foldl' (+) 0 [1 .. 100 :: Int])
  putStrLn (intercalate ", " (map (map toUpper) ["alpha", "beta"]))
  print ("has" `isPrefixOf` "haskell", L.isSuffixOf "ell" "haskell")
  print (L.transpose ["abc", "de", "f"], L.partition even [1 .. 10 :: Int])
  print (catMaybes [Just 1, Nothing, Just (3 :: Int)], mapMaybe (\x -> if x > 1 then Just (x * 10) else Nothing) [1, 2, 3 :: Int])
  print (M.fromJust (Just 'j'), isJust (Nothing :: Maybe ()), maybe 0 (+ 1) (Just (5 :: Int)))
  print (Data.Char.isUpper 'Q', Data.Char.digitToInt 'f', Data.Char.intToDigit 11)
  putStrLn (caesar 3 "Hello, World!")
  putStrLn (caesar (-3) (caesar 3 "round trip"))
  print (P.map P.succ [1, 2, 3 :: P.Int])
