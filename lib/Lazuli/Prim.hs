-- The primitives of the runtime: the only module the compiler treats by name.
--
-- In this module (and only here):
--   * a type signature without a binding declares a primitive operation that
--     the runtime implements;
--   * `data T` without constructors declares a built-in type.
-- Lists, tuples, unit and (->) are built into the syntax and are not declared.
-- This module imports nothing, not even the Prelude.
--
-- Conventions: arguments of the integer division primitives are never zero
-- (the library checks first and raises primDivZero); primIntToChar gets only
-- valid code points; primDoubleToInteger and primFloatToInteger get only
-- finite numbers. Handles are numbered: 0 stdin, 1 stdout, 2 stderr.
-- tests/lib-shim/Lazuli/Prim.hs implements the same names with GHC's base, so
-- the library can be checked against GHC; keep the two files in step.
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

-- Built-in types.
data Int
data Integer
data Double
data Float
data Char
data IO a
-- An exception of the IO monad: raised by ioError and by failing IO
-- primitives (a missing file, end of input), caught by primCatchIOError.
data IOError

-- Bool is an ordinary data type; the compiler wires it in for guards and if.
data Bool = False | True

-- Int (64-bit, wrapping): arithmetic and comparison.
primIntAdd :: Int -> Int -> Int
primIntSub :: Int -> Int -> Int
primIntMul :: Int -> Int -> Int
primIntQuot :: Int -> Int -> Int
primIntRem :: Int -> Int -> Int
primIntNegate :: Int -> Int
primIntEq :: Int -> Int -> Bool
primIntLt :: Int -> Int -> Bool
primIntLe :: Int -> Int -> Bool
primIntMinBound :: Int
primIntMaxBound :: Int
primShowInt :: Int -> [Char]

-- Integer (arbitrary precision): arithmetic and comparison. Quot and rem
-- truncate towards zero, div and mod round towards negative infinity.
primIntegerAdd :: Integer -> Integer -> Integer
primIntegerSub :: Integer -> Integer -> Integer
primIntegerMul :: Integer -> Integer -> Integer
primIntegerNegate :: Integer -> Integer
primIntegerQuot :: Integer -> Integer -> Integer
primIntegerRem :: Integer -> Integer -> Integer
primIntegerDiv :: Integer -> Integer -> Integer
primIntegerMod :: Integer -> Integer -> Integer
primIntegerEq :: Integer -> Integer -> Bool
primIntegerLt :: Integer -> Integer -> Bool
primIntegerLe :: Integer -> Integer -> Bool
primShowInteger :: Integer -> [Char]

-- Conversions between number types (as GHC's fromIntegral, fromInteger,
-- realToFrac do them; Integer to Int wraps modulo 2^64; Double and Float to
-- Integer truncate towards zero).
primIntToInteger :: Int -> Integer
primIntegerToInt :: Integer -> Int
primIntToDouble :: Int -> Double
primIntToFloat :: Int -> Float
primIntegerToDouble :: Integer -> Double
primIntegerToFloat :: Integer -> Float
primDoubleToInteger :: Double -> Integer
primFloatToInteger :: Float -> Integer
primFloatToDouble :: Float -> Double
primDoubleToFloat :: Double -> Float

-- Double (IEEE binary64): arithmetic and comparison.
primDoubleAdd :: Double -> Double -> Double
primDoubleSub :: Double -> Double -> Double
primDoubleMul :: Double -> Double -> Double
primDoubleDiv :: Double -> Double -> Double
primDoubleNegate :: Double -> Double
primDoubleAbs :: Double -> Double
primDoubleEq :: Double -> Double -> Bool
primDoubleLt :: Double -> Double -> Bool
primDoubleLe :: Double -> Double -> Bool

-- Double: the functions of the C math library behind Floating.
primDoubleExp :: Double -> Double
primDoubleLog :: Double -> Double
primDoubleSqrt :: Double -> Double
primDoubleSin :: Double -> Double
primDoubleCos :: Double -> Double
primDoubleTan :: Double -> Double
primDoubleAsin :: Double -> Double
primDoubleAcos :: Double -> Double
primDoubleAtan :: Double -> Double
primDoubleSinh :: Double -> Double
primDoubleCosh :: Double -> Double
primDoubleTanh :: Double -> Double
primDoubleAsinh :: Double -> Double
primDoubleAcosh :: Double -> Double
primDoubleAtanh :: Double -> Double
primDoublePow :: Double -> Double -> Double

-- Double: representation (decodeFloat, encodeFloat), classification, and
-- GHC's exact `show` text ("0.1", "1.0e-2", "-Infinity", "NaN").
primDoubleDecode :: Double -> (Integer, Int)
primDoubleEncode :: Integer -> Int -> Double
primDoubleIsNaN :: Double -> Bool
primDoubleIsInfinite :: Double -> Bool
primDoubleIsNegativeZero :: Double -> Bool
primDoubleIsDenormalized :: Double -> Bool
primShowDouble :: Double -> [Char]

-- Float (IEEE binary32): arithmetic and comparison.
primFloatAdd :: Float -> Float -> Float
primFloatSub :: Float -> Float -> Float
primFloatMul :: Float -> Float -> Float
primFloatDiv :: Float -> Float -> Float
primFloatNegate :: Float -> Float
primFloatAbs :: Float -> Float
primFloatEq :: Float -> Float -> Bool
primFloatLt :: Float -> Float -> Bool
primFloatLe :: Float -> Float -> Bool

-- Float: the single-precision functions of the C math library.
primFloatExp :: Float -> Float
primFloatLog :: Float -> Float
primFloatSqrt :: Float -> Float
primFloatSin :: Float -> Float
primFloatCos :: Float -> Float
primFloatTan :: Float -> Float
primFloatAsin :: Float -> Float
primFloatAcos :: Float -> Float
primFloatAtan :: Float -> Float
primFloatSinh :: Float -> Float
primFloatCosh :: Float -> Float
primFloatTanh :: Float -> Float
primFloatAsinh :: Float -> Float
primFloatAcosh :: Float -> Float
primFloatAtanh :: Float -> Float
primFloatPow :: Float -> Float -> Float

-- Float: representation, classification and GHC's `show` text.
primFloatDecode :: Float -> (Integer, Int)
primFloatEncode :: Integer -> Int -> Float
primFloatIsNaN :: Float -> Bool
primFloatIsInfinite :: Float -> Bool
primFloatIsNegativeZero :: Float -> Bool
primFloatIsDenormalized :: Float -> Bool
primShowFloat :: Float -> [Char]

-- Char: code points.
primCharToInt :: Char -> Int
primIntToChar :: Int -> Char

-- Char: Unicode classification and case mapping (GHC's tables). The general
-- category is the index of the constructor in Data.Char.GeneralCategory
-- (0 UppercaseLetter ... 29 NotAssigned).
primCharIsUpper :: Char -> Bool
primCharIsLower :: Char -> Bool
primCharIsAlpha :: Char -> Bool
primCharIsAlphaNum :: Char -> Bool
primCharIsSpace :: Char -> Bool
primCharIsPrint :: Char -> Bool
primCharGeneralCategory :: Char -> Int
primCharToUpper :: Char -> Char
primCharToLower :: Char -> Char
primCharToTitle :: Char -> Char

-- Evaluation order and errors. primError raises GHC's ErrorCall exception
-- with the call-stack lines of its second argument (the compiler writes them
-- for each call of error and undefined in a program; empty: none);
-- primErrorWithoutStackTrace raises it without them. The others raise GHC's ArithException values:
-- "divide by zero", "arithmetic overflow", "Ratio has zero denominator".
primSeq :: a -> b -> b
primError :: [Char] -> [Char] -> a
primErrorWithoutStackTrace :: [Char] -> a
primDivZero :: a
primOverflow :: a
primRatioZeroDenominator :: a

-- The IO monad.
primReturnIO :: a -> IO a
primBindIO :: IO a -> (a -> IO b) -> IO b

-- Handles: output (lazy in the string), input (handle 0 only; the others
-- raise GHC's "illegal operation" IOError), flushing and buffering
-- (0 none, 1 line, 2 block).
primPutStr :: Int -> [Char] -> IO ()
primHGetChar :: Int -> IO Char
primHGetLine :: Int -> IO [Char]
primHGetContents :: Int -> IO [Char]
primHIsEOF :: Int -> IO Bool
primHFlush :: Int -> IO ()
primHSetBuffering :: Int -> Int -> IO ()

-- Files (the whole file as a string).
primReadFile :: [Char] -> IO [Char]
primWriteFile :: [Char] -> [Char] -> IO ()
primAppendFile :: [Char] -> [Char] -> IO ()

-- The process: arguments, program name, exit with a status code.
primGetArgs :: IO [[Char]]
primGetProgName :: IO [Char]
primExitWith :: Int -> IO a

-- IO errors: raise, catch, make a user error, GHC's `show` text
-- ("user error (msg)", "f: openFile: does not exist (No such file or
-- directory)"), the kind (0 user error, 1 already exists, 2 does not exist,
-- 3 resource busy, 4 resource exhausted, 5 end of file, 6 illegal operation,
-- 7 permission denied, 8 resource vanished, 9 other) and the error string
-- (the message of a user error, else the description of the kind).
primIOError :: IOError -> IO a
primCatchIOError :: IO a -> (IOError -> IO a) -> IO a
primUserError :: [Char] -> IOError
primShowIOError :: IOError -> [Char]
primIOErrorKind :: IOError -> Int
primIOErrorString :: IOError -> [Char]
