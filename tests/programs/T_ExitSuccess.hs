module Main where

-- Exiting early with success: exitWith ExitSuccess inside a helper after
-- output is written with putStr (no trailing newline); buffered output is
-- flushed and code after the exit does not run.

import System.Exit
import Control.Monad (forM_, when)

process :: Int -> IO ()
process i = do
  putStrLn ("item " ++ show i)
  when (i == 3) $ do
    putStr "stopping at 3"
    exitWith ExitSuccess

main :: IO ()
main = do
  putStrLn "start"
  forM_ [1 .. 10] process
  putStrLn "not reached"
  exitSuccess
