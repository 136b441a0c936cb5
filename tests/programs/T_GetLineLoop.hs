module Main where

-- A getLine loop: reads lines until "quit" or end of input (checked with
-- isEOF), echoing each processed line and keeping a running count.

import System.IO (isEOF, hFlush, stdout)
import Data.Char (toUpper, isSpace)

loop :: Int -> Int -> IO (Int, Int)
loop n total = do
  eof <- isEOF
  if eof
    then do
      putStrLn "end of input"
      return (n, total)
    else do
      l <- getLine
      case l of
        "quit" -> do
          putStrLn "got quit"
          return (n, total)
        _ | all isSpace l -> do
              putStrLn "(blank)"
              loop n total
          | otherwise -> do
              putStrLn (show (n + 1) ++ "> " ++ map toUpper l ++ " (" ++ show (length l) ++ ")")
              hFlush stdout
              loop (n + 1) (total + length l)

main :: IO ()
main = do
  putStrLn "first session"
  (n, t) <- loop 0 0
  putStrLn ("lines=" ++ show n ++ " chars=" ++ show t)
  putStrLn "second session"
  (n2, t2) <- loop 0 0
  putStrLn ("lines=" ++ show n2 ++ " chars=" ++ show t2)
