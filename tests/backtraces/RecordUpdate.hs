module Main where

data Config = Config { width :: Int, height :: Int, depth :: Int }

defaults :: Config
defaults = Config { width = 80, height = 24, depth = error "depth unset" }

resize :: Int -> Config -> Config
resize w c = c { width = w }

volume :: Config -> Int
volume c =
  width c
    * height c
    * depth c

main :: IO ()
main = do
  let c = resize 100 defaults
  print (width c, height c)
  print (volume c)
