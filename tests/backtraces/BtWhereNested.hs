module Main where

-- Nested where-bound helpers.

report :: [Int] -> String
report xs = render (go xs)
  where
    go [] = []
    go (y : ys) = step y : go ys
      where
        step v
          | v < 0 = error "negative value"
          | otherwise = v * 2
    render vs = unwords (map show vs)

main :: IO ()
main = do
  putStrLn (report [1, 2, 3])
  putStrLn (report [4, -5, 6])
