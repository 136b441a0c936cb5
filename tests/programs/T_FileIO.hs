module Main where

-- Files and IO errors: writeFile, appendFile, readFile, a missing file
-- caught with catchIOError, ioError with a user error caught, hPutStrLn to
-- stderr (T_FileIO.stderr). The scratch file T_FileIO.tmp is left empty.

import System.IO
import System.IO.Error (catchIOError, ioeGetErrorString, isDoesNotExistError, isUserError)

main :: IO ()
main = do
  let path = "T_FileIO.tmp"
  writeFile path "alpha\nbeta\n"
  appendFile path "gamma\n"
  s <- readFile path
  putStr s
  print (length (lines s))
  writeFile path (unlines (map show [1 .. 5 :: Int]))
  t <- readFile path
  print (sum (map read (lines t) :: [Int]))
  r <- catchIOError (readFile "does-not-exist.txt" >>= \c -> return (Right c))
                    (\e -> return (Left (isDoesNotExistError e)))
  print (either (\b -> "missing: " ++ show b) id r)
  u <- catchIOError (ioError (userError "boom") >> return "not caught")
                    (\e -> return ("caught: " ++ ioeGetErrorString e ++ " " ++ show (isUserError e)))
  putStrLn u
  hPutStrLn stderr "to stderr"
  hFlush stdout
  writeFile path ""
  putStrLn "done"
