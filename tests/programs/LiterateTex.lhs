\documentclass{article}
\begin{document}

\section{A literate program in \LaTeX{} style}

Only the text between the code delimiters is compiled.
Text outside the environments may look like code:
main = error "not code"
but it is ignored.

\begin{code}
module Main where

-- Run-length encoding.
encode :: String -> [(Char, Int)]
encode [] = []
encode (c : cs) = (c, 1 + length same) : encode rest
  where (same, rest) = span (== c) cs
\end{code}

Some more prose between two code blocks.

\begin{code}
decode :: [(Char, Int)] -> String
decode = concatMap (\(c, n) -> replicate n c)

main :: IO ()
main = do
  let s = "aaabccddddde"
  print (encode s)
  putStrLn (decode (encode s))
  print (decode (encode s) == s)
\end{code}

\end{document}
