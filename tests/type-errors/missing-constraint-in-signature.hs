module Main where

render :: a -> String
render = show

main :: IO ()
main = putStrLn (render (1 :: Int))
