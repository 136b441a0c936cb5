module Main where

-- Command-line arguments and program name via System.Environment
-- (run with the words of T_ArgsEnv.args as arguments).

import System.Environment (getArgs, getProgName)

main :: IO ()
main = do
  args <- getArgs
  name <- getProgName
  putStrLn ("program: " ++ name)
  print args
  print (length args)
  mapM_ (\(i, a) -> putStrLn (show i ++ " " ++ a)) (zip [0 :: Int ..] args)
  let nums = [read a :: Int | a <- args, all (`elem` "0123456789") a]
  print (sum nums)
  putStrLn (unwords (reverse args))
