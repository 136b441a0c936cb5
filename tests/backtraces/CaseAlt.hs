module Main where

data Cmd = Push Int | Pop | Peek

run :: [Cmd] -> [Int] -> [Int]
run [] st = st
run (c:cs) st =
  case c of
    Push n -> run cs (n : st)
    Pop -> case st of
      [] -> error "pop on empty stack"
      (_:rest) -> run cs rest
    Peek -> run cs st

main :: IO ()
main = do
  print (run [Push 1, Push 2, Pop, Peek] [])
  print (run [Push 1, Pop, Pop] [])
