module Main where

infixl 10 +++

(+++) :: Int -> Int -> Int
a +++ b = a + b

main :: IO ()
main = return ()
