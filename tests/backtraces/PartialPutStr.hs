module Main where

banner :: Int -> String
banner n = concatMap piece [1 .. n]
  where
    piece i
      | i == 4 = error "banner piece 4 is broken"
      | otherwise = show i ++ "-"

main :: IO ()
main = do
  putStrLn (banner 3)
  putStrLn (banner 6)
