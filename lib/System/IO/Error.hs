-- IO errors: catching them and asking what went wrong.
module System.IO.Error
  ( IOError, ioError, userError, catchIOError, tryIOError
  , ioeGetErrorString
  , isAlreadyExistsError, isDoesNotExistError, isAlreadyInUseError, isFullError
  , isEOFError, isIllegalOperation, isPermissionError, isUserError
  , isResourceVanishedError
  ) where

import Lazuli.Prim (primCatchIOError, primIOErrorKind, primIOErrorString)

catchIOError :: IO a -> (IOError -> IO a) -> IO a
catchIOError = primCatchIOError

tryIOError :: IO a -> IO (Either IOError a)
tryIOError act = catchIOError (fmap Right act) (return . Left)

-- The message of a user error, else the description of the error's kind.
ioeGetErrorString :: IOError -> String
ioeGetErrorString = primIOErrorString

isUserError :: IOError -> Bool
isUserError e = primIOErrorKind e == 0

isAlreadyExistsError :: IOError -> Bool
isAlreadyExistsError e = primIOErrorKind e == 1

isDoesNotExistError :: IOError -> Bool
isDoesNotExistError e = primIOErrorKind e == 2

isAlreadyInUseError :: IOError -> Bool
isAlreadyInUseError e = primIOErrorKind e == 3

isFullError :: IOError -> Bool
isFullError e = primIOErrorKind e == 4

isEOFError :: IOError -> Bool
isEOFError e = primIOErrorKind e == 5

isIllegalOperation :: IOError -> Bool
isIllegalOperation e = primIOErrorKind e == 6

isPermissionError :: IOError -> Bool
isPermissionError e = primIOErrorKind e == 7

isResourceVanishedError :: IOError -> Bool
isResourceVanishedError e = primIOErrorKind e == 8
