module Main where

-- exitWith (ExitFailure 3) after writing to stdout and stderr; code after
-- the exit is not run.
-- Expected exit code: 3 (see T_ExitCode.stderr).

import System.Exit
import System.IO
import System.Environment (getArgs)
import Control.Monad (when)

main :: IO ()
main = do
  args <- getArgs
  print args
  putStrLn "checking"
  hPutStrLn stderr "error: something went wrong"
  when (null args) $ exitWith (ExitFailure 3)
  putStrLn "not reached"
