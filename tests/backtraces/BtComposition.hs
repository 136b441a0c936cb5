module Main where

-- Sections, composition and ($).

process :: [Int] -> [Int]
process = map (`div` 2) . filter (> 0) . map validate
  where
    validate x = if x == 13 then error "unlucky number" else x

main :: IO ()
main = do
  print $ process [4, -2, 8]
  print $ sum $ process [1, 13, 5]
