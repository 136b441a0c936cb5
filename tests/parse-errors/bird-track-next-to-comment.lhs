Some prose.

> module Main where
no blank line before this comment
> main :: IO ()
> main = print 1
