module Main where

-- A variable the alternatives of a case need is also evaluated inside that
-- case's scrutinee (here by && and a comparison), and a list is consumed
-- inside a scrutinee while the alternatives still use its length: the
-- bytecode must not clear what is still to be read (Note [Dead slots]).

classify :: Int -> Int
classify n = if n >= 0 && n <= 10 then n * 2 else n - 1

both :: [Int] -> (Int, Int)
both xs = case sum xs `seq` sum xs of
  s -> (s, length xs)

main :: IO ()
main = do
  mapM_ (print . classify) [-3, 5, 20]
  print (both [1 .. 1000])
  print (map (\c -> if c >= 'a' && c <= 'z' then succ c else c) "hal 9000")
