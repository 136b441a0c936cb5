-- The program's command-line arguments and name.
module System.Environment
  ( getArgs, getProgName
  ) where

import Lazuli.Prim (primGetArgs, primGetProgName)

getArgs :: IO [String]
getArgs = primGetArgs

getProgName :: IO String
getProgName = primGetProgName
