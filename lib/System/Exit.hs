-- Ending the program with an exit code.
module System.Exit
  ( ExitCode(ExitSuccess, ExitFailure)
  , exitWith, exitFailure, exitSuccess, die
  ) where

import Lazuli.Prim (primExitWith, primPutStr)

data ExitCode = ExitSuccess | ExitFailure Int

instance Eq ExitCode where
  ExitSuccess == ExitSuccess = True
  ExitFailure a == ExitFailure b = a == b
  _ == _ = False

instance Ord ExitCode where
  compare ExitSuccess ExitSuccess = EQ
  compare ExitSuccess (ExitFailure _) = LT
  compare (ExitFailure _) ExitSuccess = GT
  compare (ExitFailure a) (ExitFailure b) = compare a b

instance Show ExitCode where
  showsPrec _ ExitSuccess = showString "ExitSuccess"
  showsPrec d (ExitFailure n) = showParen (d >= 11) (showString "ExitFailure " . showsPrec 11 n)

instance Read ExitCode where
  readsPrec d r =
    readParen False (\s -> [(ExitSuccess, t) | ("ExitSuccess", t) <- lex s]) r ++
    readParen (d > 10) (\s -> [(ExitFailure n, u) | ("ExitFailure", t) <- lex s,
                                                   (n, u) <- readsPrec 11 t]) r

-- ExitFailure 0 is not a failure. GHC raises an IOError of kind "invalid
-- argument" for it, which the primitives cannot make; this error prints the
-- same text when it is not caught.
exitWith :: ExitCode -> IO a
exitWith ExitSuccess = primExitWith 0
exitWith (ExitFailure n)
  | n == 0 = errorWithoutStackTrace "exitWith: invalid argument (ExitFailure 0)"
  | otherwise = primExitWith n

exitFailure :: IO a
exitFailure = exitWith (ExitFailure 1)

exitSuccess :: IO a
exitSuccess = exitWith ExitSuccess

-- The message on stderr, then exit code 1.
die :: String -> IO a
die msg = primPutStr 2 (msg ++ "\n") >> exitFailure
