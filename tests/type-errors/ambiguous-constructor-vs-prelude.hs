module Main where

data Opt = Nothing | Some Int

main :: IO ()
main = print (length [Nothing])
