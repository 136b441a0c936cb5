This is a literate program.

\begin{code}
module Main where

main :: IO ()
main = print [1, 2
\end{code}

The end.
