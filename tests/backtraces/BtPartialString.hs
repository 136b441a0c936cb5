module Main where

-- A string whose tail fails while it is being printed.

banner :: Int -> String
banner n = "Hello, " ++ name n ++ "!"
  where
    name 0 = error "nobody to greet"
    name k = replicate k 'x'

main :: IO ()
main = do
  putStrLn (banner 2)
  putStrLn (banner 0)
