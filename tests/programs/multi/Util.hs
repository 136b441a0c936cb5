module Util (formatTable, padRight, Summary(..), summarize) where

import Data.List (intercalate, sortBy)
import qualified Data.List as L (maximumBy)
import Prelude hiding (maximum)

data Summary = Summary { count :: Int, total :: Double, largest :: String }
  deriving Show

padRight :: Int -> String -> String
padRight n s = s ++ replicate (n - length s) ' '

formatTable :: [[String]] -> String
formatTable rows = intercalate "\n" (map formatRow rows)
  where
    widths = map maximum (columns rows)
    formatRow cells = intercalate " | " (zipWith padRight widths (init cells) ++ [last cells])
    maximum = foldr (max . length) 0

columns :: [[a]] -> [[a]]
columns [] = []
columns xss
  | any null xss = []
  | otherwise = map head xss : columns (map tail xss)

summarize :: [(String, Double)] -> Summary
summarize xs = Summary
  { count = length xs
  , total = sum (map snd xs)
  , largest = fst (L.maximumBy (\a b -> compare (snd a) (snd b)) (sortBy (\a b -> compare (fst a) (fst b)) xs))
  }
