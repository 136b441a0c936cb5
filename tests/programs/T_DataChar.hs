module Main where

import Data.Char

-- Data.Char: ord/chr, classification, case conversion, digit conversion.

caesar :: Int -> String -> String
caesar n = map shift
  where
    shift c
      | isLower c = rot 'a' c
      | isUpper c = rot 'A' c
      | otherwise = c
    rot base c = chr (ord base + (ord c - ord base + n) `mod` 26)

main :: IO ()
main = do
  print (ord 'A', ord 'a', ord '0', ord '\n', ord '\255')
  print (chr 72, chr 105, chr 10, chr 0)
  print (map toUpper "hello, World 42", map toLower "HeLLo")
  print (filter isDigit "a1b22c333", filter isAlpha "a1b2!", filter isSpace "a b\tc\n")
  print (map digitToInt "0123456789abcdefABCDEF")
  print (map intToDigit [0 .. 15])
  print (isUpper 'A', isLower 'A', isAlphaNum '_', isPunctuation '!', isHexDigit 'f', isOctDigit '8')
  putStrLn (caesar 3 "Hello, World! xyz")
  putStrLn (caesar (-3) (caesar 3 "Round trip"))
  print (foldl (\acc d -> acc * 10 + digitToInt d) 0 "90210")
  print (map (\w -> toUpper (head w) : map toLower (tail w)) (words "hELLO wORLD"))
  print (isControl '\t', isPrint '\t', isSeparator ' ', isAscii '\200', isLatin1 '\200')
  print (generalCategory 'a', generalCategory '1', generalCategory ' ')
  print (subtract (ord 'a') (ord 'z'), succ 'a', pred 'b', ['x' ..] == "xyz" ++ drop 3 ['x' ..])
