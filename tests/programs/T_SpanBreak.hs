module Main where

-- span, break, splitAt, takeWhile, dropWhile, and a splitter built
-- from break.

splitOn :: Char -> String -> [String]
splitOn d s = case break (== d) s of
  (chunk, []) -> [chunk]
  (chunk, _ : rest) -> chunk : splitOn d rest

main :: IO ()
main = do
  print (span even [2, 4, 6, 7, 8 :: Int])
  print (break (== ' ') "hello world")
  print (span (< 0) [1, 2 :: Int], break (> 0) [1, 2 :: Int])
  print (span (const True) "all", break (const True) "none")
  print (splitAt 2 "abcde", splitAt 0 "ab", splitAt 10 "ab", splitAt (-1) "ab")
  print (takeWhile (/= ',') "key,value", dropWhile (/= ',') "key,value")
  print (splitOn ',' "a,b,,c,", splitOn ',' "")
  print (take 3 (fst (span (< 100) [1 :: Int ..])))
  let (digits, rest) = span (`elem` "0123456789") "123abc456"
  print (read digits + 1 :: Int, rest)
