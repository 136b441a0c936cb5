module Main where

describe :: Describable a => a -> String
describe _ = "thing"

main :: IO ()
main = putStrLn "hi"
