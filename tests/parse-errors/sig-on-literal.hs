module Main where

1 :: Int

main :: IO ()
main = return ()
