-- Exports everything it declares (`module Text.Format`) and one imported
-- name by its qualified name.
module Text.Format (module Text.Format, C.toUpper) where

import qualified Data.Char as C

pad :: Int -> String -> String
pad n s = s ++ replicate (n - length s) '.'

shout :: String -> String
shout = map C.toUpper

size :: String -> Int
size = length . words
