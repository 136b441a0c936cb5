This is a literate program with a parse error.

> module Main where
>
> main :: IO ()
> main = print (1 +

The end.
