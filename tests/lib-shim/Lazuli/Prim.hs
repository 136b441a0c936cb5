{-# LANGUAGE NoImplicitPrelude, PackageImports #-}
-- GHC's stand-in for lib/Lazuli/Prim.hs: the same exported names with the
-- same types, implemented with GHC's base, so that the library in lib/ can be
-- compiled and run by GHC (see README.md here). The built-in types are GHC's
-- own (so literals, guards and `if` keep working); IOError wraps GHC's
-- IOException so that the library's instances for it do not clash with base's.
-- Every module of base is imported with its package name, because lib/
-- shadows Prelude, Data.List, System.IO and the others.
module Lazuli.Prim
  ( Int, Integer, Double, Float, Char, IO, IOError, Bool(False, True)
  , primIntAdd, primIntSub, primIntMul, primIntQuot, primIntRem, primIntNegate
  , primIntEq, primIntLt, primIntLe, primIntMinBound, primIntMaxBound, primShowInt
  , primIntegerAdd, primIntegerSub, primIntegerMul, primIntegerNegate
  , primIntegerQuot, primIntegerRem, primIntegerDiv, primIntegerMod
  , primIntegerEq, primIntegerLt, primIntegerLe, primShowInteger
  , primIntToInteger, primIntegerToInt, primIntToDouble, primIntToFloat
  , primIntegerToDouble, primIntegerToFloat, primDoubleToInteger, primFloatToInteger
  , primFloatToDouble, primDoubleToFloat
  , primDoubleAdd, primDoubleSub, primDoubleMul, primDoubleDiv, primDoubleNegate
  , primDoubleAbs, primDoubleEq, primDoubleLt, primDoubleLe
  , primDoubleExp, primDoubleLog, primDoubleSqrt, primDoubleSin, primDoubleCos
  , primDoubleTan, primDoubleAsin, primDoubleAcos, primDoubleAtan, primDoubleSinh
  , primDoubleCosh, primDoubleTanh, primDoubleAsinh, primDoubleAcosh, primDoubleAtanh
  , primDoublePow
  , primDoubleDecode, primDoubleEncode, primDoubleIsNaN, primDoubleIsInfinite
  , primDoubleIsNegativeZero, primDoubleIsDenormalized, primShowDouble
  , primFloatAdd, primFloatSub, primFloatMul, primFloatDiv, primFloatNegate
  , primFloatAbs, primFloatEq, primFloatLt, primFloatLe
  , primFloatExp, primFloatLog, primFloatSqrt, primFloatSin, primFloatCos
  , primFloatTan, primFloatAsin, primFloatAcos, primFloatAtan, primFloatSinh
  , primFloatCosh, primFloatTanh, primFloatAsinh, primFloatAcosh, primFloatAtanh
  , primFloatPow
  , primFloatDecode, primFloatEncode, primFloatIsNaN, primFloatIsInfinite
  , primFloatIsNegativeZero, primFloatIsDenormalized, primShowFloat
  , primCharToInt, primIntToChar
  , primCharIsUpper, primCharIsLower, primCharIsAlpha, primCharIsAlphaNum
  , primCharIsSpace, primCharIsPrint, primCharGeneralCategory
  , primCharToUpper, primCharToLower, primCharToTitle
  , primSeq, primError, primErrorWithoutStackTrace
  , primDivZero, primOverflow, primRatioZeroDenominator
  , primReturnIO, primBindIO
  , primPutStr, primHGetChar, primHGetLine, primHGetContents, primHIsEOF
  , primHFlush, primHSetBuffering
  , primReadFile, primWriteFile, primAppendFile
  , primGetArgs, primGetProgName, primExitWith
  , primIOError, primCatchIOError, primUserError, primShowIOError
  , primIOErrorKind, primIOErrorString
  ) where

import "base" Prelude (Int, Integer, Double, Float, Char, IO, Bool(False, True))
import qualified "base" Prelude as P
import qualified "base" Data.Char as C
import qualified "base" System.IO as IO
import qualified "base" System.IO.Error as IOE
import qualified "base" System.Exit as Exit
import qualified "base" System.Environment as Env
import qualified "base" Control.Exception as E
import qualified "base" GHC.IO.Exception as GE

newtype IOError = MkIOError GE.IOException

handle :: Int -> IO.Handle
handle 0 = IO.stdin
handle 1 = IO.stdout
handle _ = IO.stderr

-- Int
primIntAdd :: Int -> Int -> Int
primIntAdd = (P.+)
primIntSub :: Int -> Int -> Int
primIntSub = (P.-)
primIntMul :: Int -> Int -> Int
primIntMul = (P.*)
primIntQuot :: Int -> Int -> Int
primIntQuot = P.quot
primIntRem :: Int -> Int -> Int
primIntRem = P.rem
primIntNegate :: Int -> Int
primIntNegate = P.negate
primIntEq :: Int -> Int -> Bool
primIntEq = (P.==)
primIntLt :: Int -> Int -> Bool
primIntLt = (P.<)
primIntLe :: Int -> Int -> Bool
primIntLe = (P.<=)
primIntMinBound :: Int
primIntMinBound = P.minBound
primIntMaxBound :: Int
primIntMaxBound = P.maxBound
primShowInt :: Int -> [Char]
primShowInt = P.show

-- Integer
primIntegerAdd :: Integer -> Integer -> Integer
primIntegerAdd = (P.+)
primIntegerSub :: Integer -> Integer -> Integer
primIntegerSub = (P.-)
primIntegerMul :: Integer -> Integer -> Integer
primIntegerMul = (P.*)
primIntegerNegate :: Integer -> Integer
primIntegerNegate = P.negate
primIntegerQuot :: Integer -> Integer -> Integer
primIntegerQuot = P.quot
primIntegerRem :: Integer -> Integer -> Integer
primIntegerRem = P.rem
primIntegerDiv :: Integer -> Integer -> Integer
primIntegerDiv = P.div
primIntegerMod :: Integer -> Integer -> Integer
primIntegerMod = P.mod
primIntegerEq :: Integer -> Integer -> Bool
primIntegerEq = (P.==)
primIntegerLt :: Integer -> Integer -> Bool
primIntegerLt = (P.<)
primIntegerLe :: Integer -> Integer -> Bool
primIntegerLe = (P.<=)
primShowInteger :: Integer -> [Char]
primShowInteger = P.show

-- Conversions
primIntToInteger :: Int -> Integer
primIntToInteger = P.toInteger
primIntegerToInt :: Integer -> Int
primIntegerToInt = P.fromInteger
primIntToDouble :: Int -> Double
primIntToDouble = P.fromIntegral
primIntToFloat :: Int -> Float
primIntToFloat = P.fromIntegral
primIntegerToDouble :: Integer -> Double
primIntegerToDouble = P.fromInteger
primIntegerToFloat :: Integer -> Float
primIntegerToFloat = P.fromInteger
primDoubleToInteger :: Double -> Integer
primDoubleToInteger = P.truncate
primFloatToInteger :: Float -> Integer
primFloatToInteger = P.truncate
primFloatToDouble :: Float -> Double
primFloatToDouble = P.realToFrac
primDoubleToFloat :: Double -> Float
primDoubleToFloat = P.realToFrac

-- Double
primDoubleAdd :: Double -> Double -> Double
primDoubleAdd = (P.+)
primDoubleSub :: Double -> Double -> Double
primDoubleSub = (P.-)
primDoubleMul :: Double -> Double -> Double
primDoubleMul = (P.*)
primDoubleDiv :: Double -> Double -> Double
primDoubleDiv = (P./)
primDoubleNegate :: Double -> Double
primDoubleNegate = P.negate
primDoubleAbs :: Double -> Double
primDoubleAbs = P.abs
primDoubleEq :: Double -> Double -> Bool
primDoubleEq = (P.==)
primDoubleLt :: Double -> Double -> Bool
primDoubleLt = (P.<)
primDoubleLe :: Double -> Double -> Bool
primDoubleLe = (P.<=)
primDoubleExp :: Double -> Double
primDoubleExp = P.exp
primDoubleLog :: Double -> Double
primDoubleLog = P.log
primDoubleSqrt :: Double -> Double
primDoubleSqrt = P.sqrt
primDoubleSin :: Double -> Double
primDoubleSin = P.sin
primDoubleCos :: Double -> Double
primDoubleCos = P.cos
primDoubleTan :: Double -> Double
primDoubleTan = P.tan
primDoubleAsin :: Double -> Double
primDoubleAsin = P.asin
primDoubleAcos :: Double -> Double
primDoubleAcos = P.acos
primDoubleAtan :: Double -> Double
primDoubleAtan = P.atan
primDoubleSinh :: Double -> Double
primDoubleSinh = P.sinh
primDoubleCosh :: Double -> Double
primDoubleCosh = P.cosh
primDoubleTanh :: Double -> Double
primDoubleTanh = P.tanh
primDoubleAsinh :: Double -> Double
primDoubleAsinh = P.asinh
primDoubleAcosh :: Double -> Double
primDoubleAcosh = P.acosh
primDoubleAtanh :: Double -> Double
primDoubleAtanh = P.atanh
primDoublePow :: Double -> Double -> Double
primDoublePow = (P.**)
primDoubleDecode :: Double -> (Integer, Int)
primDoubleDecode = P.decodeFloat
primDoubleEncode :: Integer -> Int -> Double
primDoubleEncode = P.encodeFloat
primDoubleIsNaN :: Double -> Bool
primDoubleIsNaN = P.isNaN
primDoubleIsInfinite :: Double -> Bool
primDoubleIsInfinite = P.isInfinite
primDoubleIsNegativeZero :: Double -> Bool
primDoubleIsNegativeZero = P.isNegativeZero
primDoubleIsDenormalized :: Double -> Bool
primDoubleIsDenormalized = P.isDenormalized
primShowDouble :: Double -> [Char]
primShowDouble = P.show

-- Float
primFloatAdd :: Float -> Float -> Float
primFloatAdd = (P.+)
primFloatSub :: Float -> Float -> Float
primFloatSub = (P.-)
primFloatMul :: Float -> Float -> Float
primFloatMul = (P.*)
primFloatDiv :: Float -> Float -> Float
primFloatDiv = (P./)
primFloatNegate :: Float -> Float
primFloatNegate = P.negate
primFloatAbs :: Float -> Float
primFloatAbs = P.abs
primFloatEq :: Float -> Float -> Bool
primFloatEq = (P.==)
primFloatLt :: Float -> Float -> Bool
primFloatLt = (P.<)
primFloatLe :: Float -> Float -> Bool
primFloatLe = (P.<=)
primFloatExp :: Float -> Float
primFloatExp = P.exp
primFloatLog :: Float -> Float
primFloatLog = P.log
primFloatSqrt :: Float -> Float
primFloatSqrt = P.sqrt
primFloatSin :: Float -> Float
primFloatSin = P.sin
primFloatCos :: Float -> Float
primFloatCos = P.cos
primFloatTan :: Float -> Float
primFloatTan = P.tan
primFloatAsin :: Float -> Float
primFloatAsin = P.asin
primFloatAcos :: Float -> Float
primFloatAcos = P.acos
primFloatAtan :: Float -> Float
primFloatAtan = P.atan
primFloatSinh :: Float -> Float
primFloatSinh = P.sinh
primFloatCosh :: Float -> Float
primFloatCosh = P.cosh
primFloatTanh :: Float -> Float
primFloatTanh = P.tanh
primFloatAsinh :: Float -> Float
primFloatAsinh = P.asinh
primFloatAcosh :: Float -> Float
primFloatAcosh = P.acosh
primFloatAtanh :: Float -> Float
primFloatAtanh = P.atanh
primFloatPow :: Float -> Float -> Float
primFloatPow = (P.**)
primFloatDecode :: Float -> (Integer, Int)
primFloatDecode = P.decodeFloat
primFloatEncode :: Integer -> Int -> Float
primFloatEncode = P.encodeFloat
primFloatIsNaN :: Float -> Bool
primFloatIsNaN = P.isNaN
primFloatIsInfinite :: Float -> Bool
primFloatIsInfinite = P.isInfinite
primFloatIsNegativeZero :: Float -> Bool
primFloatIsNegativeZero = P.isNegativeZero
primFloatIsDenormalized :: Float -> Bool
primFloatIsDenormalized = P.isDenormalized
primShowFloat :: Float -> [Char]
primShowFloat = P.show

-- Char
primCharToInt :: Char -> Int
primCharToInt = C.ord
primIntToChar :: Int -> Char
primIntToChar = C.chr
primCharIsUpper :: Char -> Bool
primCharIsUpper = C.isUpper
primCharIsLower :: Char -> Bool
primCharIsLower = C.isLower
primCharIsAlpha :: Char -> Bool
primCharIsAlpha = C.isAlpha
primCharIsAlphaNum :: Char -> Bool
primCharIsAlphaNum = C.isAlphaNum
primCharIsSpace :: Char -> Bool
primCharIsSpace = C.isSpace
primCharIsPrint :: Char -> Bool
primCharIsPrint = C.isPrint
primCharGeneralCategory :: Char -> Int
primCharGeneralCategory c = P.fromEnum (C.generalCategory c)
primCharToUpper :: Char -> Char
primCharToUpper = C.toUpper
primCharToLower :: Char -> Char
primCharToLower = C.toLower
primCharToTitle :: Char -> Char
primCharToTitle = C.toTitle

-- Evaluation and errors
primSeq :: a -> b -> b
primSeq = P.seq
primError :: [Char] -> [Char] -> a
primError s _ = P.error s
primErrorWithoutStackTrace :: [Char] -> a
primErrorWithoutStackTrace = P.errorWithoutStackTrace
primDivZero :: a
primDivZero = E.throw E.DivideByZero
primOverflow :: a
primOverflow = E.throw E.Overflow
primRatioZeroDenominator :: a
primRatioZeroDenominator = E.throw E.RatioZeroDenominator

-- IO
primReturnIO :: a -> IO a
primReturnIO = P.return
primBindIO :: IO a -> (a -> IO b) -> IO b
primBindIO = (P.>>=)
primPutStr :: Int -> [Char] -> IO ()
primPutStr h s = IO.hPutStr (handle h) s
primHGetChar :: Int -> IO Char
primHGetChar h = IO.hGetChar (handle h)
primHGetLine :: Int -> IO [Char]
primHGetLine h = IO.hGetLine (handle h)
primHGetContents :: Int -> IO [Char]
primHGetContents h = IO.hGetContents (handle h)
primHIsEOF :: Int -> IO Bool
primHIsEOF h = IO.hIsEOF (handle h)
primHFlush :: Int -> IO ()
primHFlush h = IO.hFlush (handle h)
primHSetBuffering :: Int -> Int -> IO ()
primHSetBuffering h 0 = IO.hSetBuffering (handle h) IO.NoBuffering
primHSetBuffering h 1 = IO.hSetBuffering (handle h) IO.LineBuffering
primHSetBuffering h _ = IO.hSetBuffering (handle h) (IO.BlockBuffering P.Nothing)
primReadFile :: [Char] -> IO [Char]
primReadFile = IO.readFile
primWriteFile :: [Char] -> [Char] -> IO ()
primWriteFile = IO.writeFile
primAppendFile :: [Char] -> [Char] -> IO ()
primAppendFile = IO.appendFile
primGetArgs :: IO [[Char]]
primGetArgs = Env.getArgs
primGetProgName :: IO [Char]
primGetProgName = Env.getProgName
primExitWith :: Int -> IO a
primExitWith 0 = Exit.exitWith Exit.ExitSuccess
primExitWith n = Exit.exitWith (Exit.ExitFailure n)

-- IO errors
primIOError :: IOError -> IO a
primIOError (MkIOError e) = IOE.ioError e
primCatchIOError :: IO a -> (IOError -> IO a) -> IO a
primCatchIOError act h = IOE.catchIOError act (\e -> h (MkIOError e))
primUserError :: [Char] -> IOError
primUserError s = MkIOError (IOE.userError s)
primShowIOError :: IOError -> [Char]
primShowIOError (MkIOError e) = P.show e
primIOErrorKind :: IOError -> Int
primIOErrorKind (MkIOError e) = case GE.ioe_type e of
  GE.UserError -> 0
  GE.AlreadyExists -> 1
  GE.NoSuchThing -> 2
  GE.ResourceBusy -> 3
  GE.ResourceExhausted -> 4
  GE.EOF -> 5
  GE.IllegalOperation -> 6
  GE.PermissionDenied -> 7
  GE.ResourceVanished -> 8
  _ -> 9
primIOErrorString :: IOError -> [Char]
primIOErrorString (MkIOError e) = IOE.ioeGetErrorString e
