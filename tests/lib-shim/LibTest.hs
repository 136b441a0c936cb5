-- Exercises the library: check.sh runs it once with GHC's base and once with
-- lib/ (through Preprocess.hs and the shim) and compares the outputs. It uses
-- only what both provide; it cannot catch `error`, so every line must succeed.
module Main (main) where

import Control.Applicative
import Control.Monad
import Data.Char
import Data.Either
import qualified Data.Foldable as F
import Data.Function (on, fix, (&))
import Data.Functor ((<&>), ($>))
import Data.List
import Data.Maybe
import Data.Ord (comparing, Down(..))
import qualified Data.Traversable as T
import System.IO
import System.IO.Error
import Text.Read (readMaybe, readEither)

data Color = Red | Green | Blue deriving (Eq, Ord, Show, Read, Enum, Bounded)

data Shape = Circle Double | Rect { width :: Double, height :: Int }
  deriving (Eq, Ord, Show, Read)

data Op = Int :+ Int | Int :* Op deriving (Eq, Show, Read)
infixl 6 :+
infixr 7 :*

newtype Box a = Box (Maybe a) deriving (Eq, Ord, Show, Read)

-- A deterministic pseudo-random sequence (a linear congruential generator).
randoms :: Integer -> [Integer]
randoms seed = tail (iterate (\x -> (x * 6364136223846793005 + 1442695040888963407) `mod` (2 ^ 64)) seed)

section :: String -> IO ()
section s = putStrLn ("-- " ++ s)

main :: IO ()
main = do
  hSetBuffering stdout LineBuffering
  showTests
  readTests
  lexTests
  numericTests
  floatTests
  conversionTests
  enumTests
  listTests
  dataListTests
  charTests
  classTests
  monadTests
  ioTests

showTests :: IO ()
showTests = do
  section "show"
  print [minBound, -5, 0, 7, maxBound :: Int]
  print [-(2 ^ 100), -1, 0, 2 ^ 70 :: Integer]
  print (Just (-3 :: Int), Left (-2.5) :: Either Double Int, [Just (-1 :: Integer)])
  print (showsPrec 11 (-5 :: Int) "", showsPrec 6 (-5 :: Int) "", showsPrec 7 (-5 :: Integer) "")
  print [0.1, 1.0e-2, 1.2345678e7, 123456.789, 0.1 + 0.2, 1 / 3, 5.0e-324, 1.7976931348623157e308, 1e21, 1e22, 12345678.9 :: Double]
  print [0.1, 1.0e-2, 1.2345678e7, 1 / 3, 3.4028235e38, 1.0e-45, 16777217 :: Float]
  print (0 / 0 :: Double, 1 / 0 :: Double, -1 / 0 :: Double, -0.0 :: Double)
  print (showsPrec 7 (-0.0 :: Double) "", showsPrec 7 (0 / 0 :: Double) "", showsPrec 7 (-1 / 0 :: Float) "")
  print (Just (-0.0 :: Double), Just (1 / 0 :: Double), Just (-1 / 0 :: Double))
  print (map show (map chr ([0 .. 160] ++ [255, 256, 1234, 8364, 65535, 1114111])))
  print (map (\c -> showsPrec 11 c "") "a'\"\\\n\DEL")
  print ["a\nb", "\SO\&H", "\SOH", "\200\&1", "\1234x", "tab\there", "q\"uote", "back\\slash", "\DEL1", "\0\&1"]
  print (show "", show [""], show ["a", "b"], show ([] :: [Int]), show [[1, 2], [3 :: Int]])
  print ((), ((), ()), (1 :: Int, 'x', "s", True, LT, 2.5 :: Double, Just ()))
  print ((1, 2, 3, 4, 5, 6) :: (Int, Int, Int, Int, Int, Int), [EQ, GT], [False, True])
  print (toRational (0.75 :: Double), toRational (-0.1 :: Float), [toRational (3 :: Int)])
  print (Just (toRational (-1.5 :: Double)), showsPrec 8 (toRational (0.5 :: Double)) "")
  print (Red, [minBound .. maxBound :: Color], Circle 1.5, Rect { width = -2, height = -3 })
  print (3 :+ 4, (-3) :+ (-4), 1 :* 2 :* (3 :+ 4), Just (1 :+ 2), Box (Just (Box (Nothing :: Maybe Int))))
  print (showParen True (showString "x") "", shows (3 :: Int) "!", showChar 'c' "", showString "ab" "cd")
  print (Down (3 :: Int), Just (Down 'x'))

readTests :: IO ()
readTests = do
  section "read"
  print (read "  42 " :: Int, read "-7" :: Int, read "(-7)" :: Int, read "( ( 3 ) )" :: Int, read "- 3" :: Int)
  print (read "0x1F" :: Int, read "0o17" :: Integer, read "0X1f" :: Integer, read "123456789012345678901234567890" :: Integer)
  print (read "9223372036854775808" :: Int, read "-9223372036854775809" :: Int)
  print (read "3" :: Double, read "-3.5e2" :: Double, read "1e500" :: Double, read "1e-500" :: Double, read "Infinity" :: Double, read "-Infinity" :: Float, read "  NaN" :: Double)
  print (read "2.5" :: Float, read "0x10" :: Double)
  print (read "'a'" :: Char, read "'\\n'" :: Char, read "'\\''" :: Char, read "'\\DEL'" :: Char, read "'\\SOH'" :: Char, read "'\\x41'" :: Char, read "'\\^A'" :: Char)
  print (read "\"hello\\nworld\"" :: String, read "\"a\\&b\\  \\c\"" :: String, read "\"\\SO\\&H\"" :: String, read "['x','y']" :: String)
  print (read "[1, -2, 3]" :: [Int], read " [ ] " :: [Int], read "[(1,True),(2,False)]" :: [(Int, Bool)])
  print (read "(1,'a',\"b\")" :: (Int, Char, String), read "((1,2),(3,4))" :: ((Int, Int), (Int, Int)))
  print (read "(1,2,3,4,5,6,7)" :: (Int, Int, Int, Int, Int, Int, Int))
  print (read "Just 3" :: Maybe Int, read "Just (-3)" :: Maybe Int, read "Just -3" :: Maybe Int, read "Nothing" :: Maybe Int, read "(Just (Just 2))" :: Maybe (Maybe Int))
  print (read "Left 3" :: Either Int Bool, read "Right True" :: Either Int Bool, read " ( Right  False ) " :: Either Int Bool)
  print (read "True" :: Bool, read "(False)" :: Bool, read "GT" :: Ordering, read "()" :: (), read " ( ( ) ) " :: ())
  print (read "[Red,Blue]" :: [Color], read "Rect {width = 1.5, height = -2}" :: Shape, read "Circle (-1.0)" :: Shape)
  print (read "3 :+ 4" :: Op, read "1 :* (2 :* (3 :+ 4))" :: Op, read "Box (Just (Box Nothing))" :: Box (Box Int))
  print (read "3 % 4" :: Rational, read "(-3) % 6" :: Rational)
  print ((reads :: ReadS Int) "12abc", (reads :: ReadS Int) "1e3", (reads :: ReadS Int) "3.5", (reads :: ReadS Int) "", (reads :: ReadS Int) "-", (reads :: ReadS Int) "(3")
  print ((reads :: ReadS Double) "1.5.", (reads :: ReadS String) "\"ab\" rest", (reads :: ReadS Char) "'x'y", (reads :: ReadS [Int]) "[1,2]]")
  print ((reads :: ReadS (Maybe Int)) "Just 3 x", (reads :: ReadS Bool) "Truex", (reads :: ReadS Bool) "True x")
  print (readMaybe "12" :: Maybe Int, readMaybe "12x" :: Maybe Int, readEither "x" :: Either String Int)
  let samples = take 300 (randoms 7)
      decimal n = show (n `mod` 100000000000000000) ++ "e" ++ show ((n `div` 7) `mod` 700 - 350)
      fraction n = show (n `mod` 1000) ++ "." ++ show (n `mod` 1000000000000000000000)
  print (map (\n -> read (decimal n) :: Double) samples)
  print (map (\n -> read (fraction n) :: Double) samples)
  print (map (\n -> read (decimal n) :: Float) (take 100 samples))
  print (map read ["2.2250738585072011e-308", "2.2250738585072012e-308", "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623158e308", "1.7976931348623159e308", "9007199254740993", "0.30000000000000004441"] :: [Double])
  print (map read ["1.17549435e-38", "1.4e-45", "7.0e-46", "3.4028236e38", "16777217", "0.1"] :: [Float])

lexTests :: IO ()
lexTests = do
  section "lex"
  print (map lex ["  foo bar", "'a' x", "\"a\\\"b\" c", "<= x", "123.5e-3x", "0x1Fg", "", "   ", "(x", "`f`", "1.x", "1e", "a_b' c", "[]", "..."])
  print (map lex ["'\\''", "\"\\SOH\\&x\"", "12e+3", "0.5.", "_x", "A.b", "'a", "'ab'", "\"abc", "\\x", "0x", "0o8", "1.5e+", "\233\&1 x", "\8594 x", "'\\SOH'", ",;{}", "x'y", "-3", "--", "a->b"])

numericTests :: IO ()
numericTests = do
  section "integral"
  let ints = [minBound, -7, -2, -1, 0, 1, 2, 7, maxBound] :: [Int]
      nonzero = filter (/= 0) ints
      safe x y = not (x == minBound && y == -1)
  print [(x `div` y, x `mod` y, x `quot` y, x `rem` y) | x <- ints, y <- nonzero, safe x y]
  print [(divMod x y, quotRem x y) | x <- [-7, 7, 0, 123456789], y <- [-3, 3, 1, -1 :: Integer]]
  print [x `rem` (-1) | x <- ints]
  print [x `mod` (-1) | x <- ints]
  print (snd (quotRem (minBound :: Int) (-1)), snd (divMod (minBound :: Int) (-1)))
  print [(gcd x y, lcm x y) | x <- [0, 4, -6, 12], y <- [0, 6, -8 :: Int]]
  print (gcd (2 ^ 100) (6 ^ 50 :: Integer), lcm (2 ^ 70) (3 :: Integer))
  print (2 ^ (10 :: Int) :: Int, (-2) ^ (3 :: Integer) :: Integer, 0 ^ (0 :: Int) :: Int, 2 ^ (64 :: Int) :: Int, 3 ^ (100 :: Int) :: Integer)
  print (even (-3 :: Int), odd (7 :: Integer), subtract 3 (10 :: Int), negate (minBound :: Int), abs (minBound :: Int), signum (-5 :: Integer))
  print (fromIntegral (300 :: Int) :: Integer, fromInteger (2 ^ 64 + 5) :: Int, toInteger (minBound :: Int), fromIntegral (2 ^ 63 :: Integer) :: Int)
  print (map (\x -> x * x) [1 .. 10 :: Integer], product [1 .. 25 :: Integer], sum [1 .. 100 :: Int])
  print (until (> 1000) (* 2) (1 :: Int), maxBound - 1 + 2 :: Int)

floatTests :: IO ()
floatTests = do
  section "floating"
  let ds = [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.7, -3.7, 1e20, -1e20, 0.49999999999999994, 4503599627370497] :: [Double]
  print [(truncate d :: Integer, round d :: Integer, ceiling d :: Integer, floor d :: Integer) | d <- ds]
  print [(truncate d :: Int, round d :: Int, ceiling d :: Int, floor d :: Int) | d <- take 10 ds]
  print [properFraction d :: (Integer, Double) | d <- ds]
  print [(round f :: Int, truncate f :: Integer) | f <- [2.5, 3.5, -2.5, 1e10 :: Float]]
  print (truncate (1 / 0 :: Double) :: Integer, truncate (0 / 0 :: Double) :: Integer, round (1e30 :: Double) :: Int)
  print (map decodeFloat [0, -0.0, 1, 0.1, 1 / 0, 5.0e-324 :: Double], map decodeFloat [0.1, 1 :: Float])
  print (encodeFloat 1 1024 :: Double, encodeFloat 3 (-1075) :: Double, encodeFloat 1 (-1074) :: Double, encodeFloat 5 (-2) :: Float)
  print (map significand [8, -3, 0.1 :: Double], map exponent [8, 0, 0.1 :: Double], scaleFloat 3 (1.5 :: Double), scaleFloat 5000 (1 :: Double), scaleFloat (-5000) (1 :: Double))
  print (floatRadix (1 :: Double), floatDigits (1 :: Float), floatRange (1 :: Double), floatRange (1 :: Float), isIEEE (1 :: Float))
  print (map isNaN [0 / 0, 1 :: Double], isInfinite (1 / 0 :: Float), isNegativeZero (-0.0 :: Double), isDenormalized (5e-324 :: Double), isDenormalized (1e-40 :: Float))
  print [atan2 y x | y <- [1, -1, 0, -0.0 :: Double], x <- [1, -1, 0, -0.0]]
  print (atan2 (1 :: Float) 2, atan2 (0 / 0) (1 :: Double))
  print (map sqrt [2, 16, -1 :: Double], map exp [0, 1, -1 :: Double], map log [1, 10, 0 :: Double])
  print (map sin [0, 1, pi :: Double], map cos [0, 1 :: Double], map tan [0.5 :: Double], map asin [0.5 :: Double], map acos [0.5 :: Double], map atan [1 :: Double])
  print (map sinh [1 :: Double], map cosh [1 :: Double], map tanh [0.5 :: Double], map asinh [0.5, 1e-10 :: Double], map acosh [2 :: Double], map atanh [0.5 :: Double])
  print (map sqrt [2 :: Float], map exp [1 :: Float], map sin [1 :: Float], map asinh [0.5 :: Float], map atanh [0.3 :: Float])
  print (2 ** 0.5 :: Double, 0 ** 0 :: Double, logBase 2 1024 :: Double, logBase 10 1000 :: Double, 2 ** 10 :: Float)
  print (1.1 ^ (7 :: Int) :: Double, 1.1 ^^ (-3 :: Int) :: Double, 2 ^^ (-2 :: Int) :: Float, 0.1 ^ (20 :: Int) :: Double)
  print (pi :: Double, pi :: Float, exp 1 :: Double, sqrt 2 :: Float)
  print (signum (-0.0 :: Double), abs (-0.0 :: Double), signum (0 / 0 :: Double), negate 0 :: Double, abs (-3 :: Float), recip 4 :: Double)
  print (max (0 / 0) (1 :: Double), min (0 / 0) (1 :: Double), compare (0 / 0 :: Double) 1, (0 / 0 :: Double) == 0 / 0, (0 / 0 :: Double) < 1)
  print (maximum [1, 0 / 0, 2 :: Double], minimum [0 / 0, 1, 2 :: Double], maximum [0 / 0, 1 :: Double])
  print ((1, 0 / 0) > (1, 2 :: Double), Just (0 / 0) > Just (2 :: Double), (1 :: Int, 0 / 0 :: Double) <= (1, 2))
  print (sum [0.1, 0.2, 0.3 :: Double], product [1.5, 2.5 :: Float], sum [-0.0 :: Double])
  let nan = 0 / 0 :: Double
  print ([nan] < [2], [2] <= [nan], [nan] > [2], [nan] >= [2], Just nan < Just 2, Just 2 <= Just nan, Just nan > Just 2, Just nan >= Just 2)
  print (Left nan < (Left 2 :: Either Double Int), (Left 2 :: Either Double Int) <= Left nan, (Right nan :: Either Int Double) >= Right 2)
  print ((1, nan) < (1, 2), (1, 2) <= (1, nan), (1, nan) > (1, 2), (1, nan) >= (1, 2), (1, 2, nan) >= (1, 2, 3), (nan, 1) <= (2, 1))
  print (max (1, nan) (1, 2), min (1, nan) (1, 2), max (Just nan) (Just 2), min [nan] [2])
  print (max (nan, 1, 2, 3, 4, 5, 6, 7) (2, 1, 2, 3, 4, 5, 6, 7), (1, 2, 3, 4, 5, 6, 7, nan) >= (1, 2, 3, 4, 5, 6, 7, 2))
  print (realToFrac nan :: Float, realToFrac (1 / 0 :: Float) :: Double, truncate nan :: Int)
  print ((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15) :: (Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int))
  print (read "(1,2,3,4,5,6,7,8,9,10,11,12,13,14,15)" :: (Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int))
  print ((1, 'a', 2, 'b', 3, 'c', 4, 'd') < (1, 'a', 2, 'b', 3, 'c', 4, 'e' :: Char), (minBound :: (Bool, Bool, Bool, Bool, Bool, Bool, Bool, Bool, Bool)))

conversionTests :: IO ()
conversionTests = do
  section "conversions"
  let doubles = [fromIntegral n / fromIntegral (d + 1) * (10 ^^ e) | (n, d, e) <- zip3 (randoms 3) (randoms 5) (map (\x -> x `mod` 80 - 40) (randoms 9))] :: [Double]
  print (map (realToFrac :: Double -> Float) (take 100 doubles))
  print (map (\d -> fromRational (toRational d) :: Double) (take 50 doubles) == take 50 doubles)
  print (map (\n -> fromIntegral n :: Double) (take 50 (randoms 11)))
  print (map (\n -> fromIntegral n :: Float) (take 50 (randoms 13)))
  print (map (\n -> fromIntegral (n `mod` 1000000) :: Int) (take 10 (randoms 17)))
  print (realToFrac (3.5 :: Float) :: Double, realToFrac (1 / 0 :: Double) :: Double, realToFrac (0.1 :: Double) :: Float)
  print (fromIntegral (maxBound :: Int) :: Double, fromIntegral (2 ^ 62 + 1 :: Int) :: Double, fromInteger (2 ^ 1000) :: Double, fromInteger (-(2 ^ 1030)) :: Double)
  print (toEnum 65 :: Char, fromEnum 'z', toEnum 1 :: Bool, fromEnum GT, toEnum 0 :: (), fromEnum (3.9 :: Double), fromEnum (-3.9 :: Float), toEnum 3 :: Double)

enumTests :: IO ()
enumTests = do
  section "enum"
  print ([1 .. 10] :: [Int], [10, 8 .. 1] :: [Int], [5 .. 1] :: [Int], [1, 1 .. 1] == take 3 (repeat (1 :: Int)) || True)
  print ([maxBound - 2 ..] :: [Int], [minBound + 2, minBound + 1 ..] :: [Int], [maxBound - 5, maxBound - 3 ..] :: [Int])
  print ([1, 3 .. 10] :: [Int], [10, 7 .. -10] :: [Int], [3, 5 .. 3] :: [Int], [3, 5 .. 2] :: [Int], [5, 3 .. 6] :: [Int], [5, 3 .. 5] :: [Int])
  print ([1 .. 5] :: [Integer], [10, 7 .. -5] :: [Integer], take 3 [2 ^ 64 ..] :: [Integer], [5, 3 .. 10] :: [Integer])
  print (['a' .. 'f'], ['a', 'c' .. 'k'], ['z', 'x' .. 'p'], take 3 ['\1114110' ..], ['\1114109', '\1114110' ..])
  print ([0.1, 0.2 .. 1.0] :: [Double], [1.0, 1.5 .. 3.0] :: [Float], take 5 [0.1 ..] :: [Double], [1.5 .. 4] :: [Double], [5, 4.5 .. 3] :: [Double])
  print ([1, 1.1 .. 2] :: [Double], [0, 0.1 .. 1] :: [Float], length [0, 0.001 .. 1 :: Double])
  print ([False ..], [LT ..], [GT, EQ ..], [minBound .. maxBound :: Bool], [()], [Red ..], [Blue, Green ..], succ Red, pred Blue, [Red, Blue ..])
  print (succ 'a', pred 'b', succ (1 :: Int), pred (0 :: Integer), succ 1.5 :: Double, succ False, pred GT, fromEnum Blue, toEnum 1 :: Color)
  print (map fromEnum [Red ..], (minBound, maxBound) :: (Bool, Ordering), (minBound :: (Int, Char)), (maxBound :: (Bool, (), Color)))
  print (take 3 (enumFrom (toRational (1.5 :: Double))), enumFromTo (toRational (1 :: Int)) (toRational (3.5 :: Double)))

listTests :: IO ()
listTests = do
  section "prelude lists"
  let xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5] :: [Int]
  print (head xs, last xs, tail xs, init xs, xs !! 4, null xs, null [], length xs, reverse xs)
  print ([divMod (-(2 ^ 100)) 7, quotRem (-(2 ^ 100)) 7, divMod (2 ^ 100) (-7), quotRem (3 ^ 90) (-(2 ^ 70)) :: (Integer, Integer)], fromEnum (2 ^ 70 + 3 :: Integer))
  print (map (* 2) xs, filter odd xs, xs ++ [0], concat [[1], [2, 3 :: Int]], concatMap show xs)
  print (and [], or [], any even xs, all (> 0) xs, elem 9 xs, notElem 9 xs, lookup 2 (zip xs "abcdefghijk"))
  print (sum xs, product xs, maximum xs, minimum xs, maximum "hello", minimum [[3], [1, 2 :: Int]])
  print (foldr (-) 0 xs, foldl (-) 0 xs, foldr1 (-) xs, foldl1 (-) xs, scanl (+) 0 xs, scanl1 max xs, scanr (+) 0 xs, scanr1 (+) xs)
  print (scanl (+) 0 ([] :: [Int]), scanr (+) 0 ([] :: [Int]), scanr1 (+) ([] :: [Int]), scanl1 (+) ([] :: [Int]))
  print (take 5 (iterate (* 3) 1) :: [Int], take 4 (repeat 'x'), replicate 3 True, replicate (-1) 'x', take 7 (cycle [1, 2, 3 :: Int]))
  print (take 3 xs, drop 3 xs, take (-1) xs, drop 100 xs, splitAt 4 xs, splitAt (-2) xs, takeWhile (< 5) xs, dropWhile (< 5) xs)
  print (span even [2, 4, 5, 6 :: Int], break (> 3) xs, zip xs "abc", zip3 xs "ab" [True], zipWith (+) xs [10, 20], zipWith3 (,,) "ab" "cd" "ef")
  print (unzip [(1 :: Int, 'a'), (2, 'b')], unzip3 [(1 :: Int, 'a', True), (2, 'b', False)])
  print (lines "a\n\nb\n", lines "a\nb", lines "", lines "\n", words "  hello   world \n x\ty", words "", unlines ["a", "b"], unwords ["a", "b"], unwords [])
  print (words "a\160b\8195c", lines "x\r\ny")
  print (fst (1 :: Int, 'a'), snd (1 :: Int, 'a'), curry fst 'x' 'y', uncurry (+) (3, 4 :: Int), id 3 :: Int, const 1 'x' :: Int, flip (-) 1 10 :: Int)
  print (maybe 0 (+ 1) (Just (5 :: Int)), maybe 0 (+ 1) Nothing :: Int, either length negate (Left "abc" :: Either String Int), either length negate (Right 4 :: Either String Int))
  print ((subtract 1 . (* 2)) (5 :: Int), (+ 1) $ 2 :: Int, asTypeOf 3 (4 :: Double), seq (1 :: Int) 'x', (const 7 $! (2 :: Int)) :: Int)

dataListTests :: IO ()
dataListTests = do
  section "Data.List"
  let xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5] :: [Int]
  print (sort xs, sortBy (flip compare) xs, sortOn negate xs, sortBy (comparing fst) [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd') :: (Int, Char)])
  print (sort (take 200 (randoms 23)) == sortBy compare (take 200 (randoms 23)), take 10 (sort (map (`mod` 97) (take 500 (randoms 29)))))
  print (sortBy (comparing (`mod` 3)) [1 .. 20 :: Int], sort "the quick brown fox", sort ([] :: [Int]), sort [Just 3, Nothing, Just (1 :: Int)])
  print (insert 4 [1, 3, 5, 7 :: Int], insertBy (flip compare) 4 [7, 5, 3, 1 :: Int], nub xs, nubBy (\a b -> a `mod` 3 == b `mod` 3) xs, delete 5 xs, xs \\ [1, 5, 5], union [1, 2, 2] [2, 3, 3 :: Int], intersect [1, 2, 2, 3] [2, 3 :: Int])
  print (group "aabccca", groupBy (\a b -> even a == even b) xs, partition even xs, isPrefixOf "ab" "abc", isSuffixOf "bc" "abc", isInfixOf "bd" "abcd", isSubsequenceOf "ac" "abc", stripPrefix "ab" "abc", stripPrefix "x" "abc")
  print (intercalate ", " ["x", "y", "z"], intersperse ',' "abc", transpose ["abc", "d", "ef"], transpose ([] :: [[Int]]), subsequences "abcd", permutations "abc")
  print (length (permutations [1 .. 5 :: Int]), take 5 (permutations [1 .. 6 :: Int]), map (take 3) (take 4 (permutations [1 :: Int ..])))
  print (foldl' (+) 0 xs, foldl1' max xs, find (> 4) xs, findIndex (> 4) xs, elemIndex 5 xs, elemIndices 5 xs, findIndices even xs, lookup 'b' (zip "abc" xs))
  print (maximumBy (comparing fst) [(1, 'a'), (2, 'b'), (2, 'c'), (0 :: Int, 'd')], minimumBy (comparing fst) [(1, 'a'), (0, 'b'), (0 :: Int, 'c')])
  print (mapAccumL (\a x -> (a + x, a * x)) 0 [1 .. 5 :: Int], mapAccumR (\a x -> (a + x, a * x)) 0 [1 .. 5 :: Int], mapAccumL (\a x -> (a + 1, show x ++ show a)) (0 :: Int) (Just 'q'))
  print (unfoldr (\n -> if n > 5 then Nothing else Just (n * n, n + 1)) (1 :: Int), dropWhileEnd isSpace "trim  ", inits "abc", tails "abc", uncons "ab", uncons "", singleton 'x')
  print (zip4 [1 :: Int, 2] "ab" [True, False] [(), ()], zipWith4 (\a b c d -> a + b + c + d) [1] [2] [3] [4 :: Int], unzip4 [(1 :: Int, 'a', "s", True)])
  print (zip5 "a" "b" "c" "d" "e", zipWith5 (\a b c d e -> [a, b, c, d, e]) "a" "b" "c" "d" "e", zip7 "a" "b" "c" "d" "e" "f" "g")
  print (genericLength xs :: Integer, genericTake (3 :: Integer) xs, genericDrop (8 :: Integer) xs, genericSplitAt (2 :: Integer) "abcd", genericIndex xs (3 :: Integer), genericReplicate (2 :: Integer) 'z')
  print (deleteBy (\a b -> a == b + 1) 4 xs, deleteFirstsBy (==) xs [1, 3], unionBy (\a b -> a `mod` 5 == b `mod` 5) [1, 2] [6, 8 :: Int], intersectBy (\a b -> a == b * 2) [2, 4, 6] [1, 2 :: Int])
  print (scanl' (+) 0 [1, 2, 3 :: Int], take 4 (iterate' (* 2) (1 :: Int)), zipWith3 (\a b c -> a : b : [c]) "ab" "cd" "ef", unzip3 [(1 :: Int, 'x', "y")])

charTests :: IO ()
charTests = do
  section "Data.Char"
  let cs = map chr ([0 .. 400] ++ [0x370 .. 0x3FF] ++ [0x2000 .. 0x2070] ++ [0x1F600, 0xE000, 0xD800, 0x10FFFF, 0xFFFF, 0x1D400])
      classes = [isControl, isSpace, isLower, isUpper, isAlpha, isLetter, isDigit, isOctDigit, isHexDigit, isAlphaNum, isPrint, isPunctuation, isSymbol, isSeparator, isAscii, isLatin1, isAsciiUpper, isAsciiLower, isMark, isNumber]
  print [map (\p -> if p c then '1' else '0') classes | c <- cs]
  print (map generalCategory cs)
  print (map toUpper cs == map toUpper cs, map toUpper "hello ßàéǆ", map toLower "HELLO ÀÉǄ", map toTitle "ǆa", map (ord . toUpper . chr) [0x1F600, 0x3C3, 0x3C2])
  print (map digitToInt "0123456789abcdefABCDEF", map intToDigit [0 .. 15], ord 'a', chr 97, ord maxBound)
  print ([minBound .. maxBound :: GeneralCategory], succ Space, pred Format, fromEnum Format, toEnum 3 :: GeneralCategory, read "OtherSymbol" :: GeneralCategory, Control < Format)
  print (map (\c -> showLitChar c "") "a\n\\\"'\DEL\200", showLitChar '\200' "1", showLitChar '\SO' "H", showLitChar '\SO' "x")
  print (map lexLitChar ["\\nHello", "\\SOHx", "\\SO", "\\1234x", "\\x41z", "\\^Ax", "a", "\\o101", "\\DEL", ""])
  print (map readLitChar ["\\nHello", "\\SOHx", "\\1234x", "\\x41z", "\\^Ax", "a", "\\'", "\\\""])

classTests :: IO ()
classTests = do
  section "classes"
  print ([1, 2] <> [3 :: Int], LT <> GT, EQ <> GT, Just [1] <> Nothing <> Just [2 :: Int], mempty :: String, mconcat ["ab", "cd"], mappend "x" "y", () <> ())
  print (("a", [1 :: Int]) <> ("b", [2]), (Left 1 <> Right 'x' :: Either Int Char), (Left 1 <> Left 2 :: Either Int Char), mconcat [EQ, LT, GT], (show <> const "!") (5 :: Int))
  print (compare (1 :: Int) 2 <> compare 'b' 'a', sortBy (comparing length <> compare) ["bb", "a", "ccc", "ab"])
  print (fmap (+ 1) (Just (2 :: Int)), (+ 1) <$> [1, 2 :: Int], 0 <$ Just 'x' :: Maybe Int, fmap length (Right "abc" :: Either Int String), fmap (* 2) ("w", 5 :: Int), (fmap (+ 1) (* 2)) (5 :: Int))
  print (pure 3 :: [Int], Just (+ 3) <*> Just (4 :: Int), [(+ 1), (* 2)] <*> [10, 20 :: Int], Just 1 *> Just (2 :: Int), Just (1 :: Int) <* Just 'x', Nothing <*> Just (1 :: Int) :: Maybe Int)
  print ((+) <$> (* 2) <*> (+ 10) $ (3 :: Int), (("a", (+ 1)) <*> ("b", 5 :: Int)), liftA2 (+) (Just 1) (Just (2 :: Int)), [1, 2] *> "ab", "ab" <* [(), ()])
  print (Just 5 >>= (\x -> if x > (3 :: Int) then Just (x * 2) else Nothing), [1, 2, 3] >>= (\x -> [x, x * 10 :: Int]), ((Right 3 :: Either String Int) >>= (\x -> Left (show x)) :: Either String Bool), ((* 2) >>= (+)) (5 :: Int))
  print (sequence [Just 1, Just 2 :: Maybe Int], sequence [Just 1, Nothing :: Maybe Int], sequence [[1, 2], [3, 4 :: Int]], traverse (\x -> if x > 0 then Right x else Left x) [1, 2, -3, -4 :: Int])
  print (mapM (\x -> [x, -x]) [1, 2 :: Int], sequenceA [("a", 1 :: Int), ("b", 2)], traverse Just (Just 'x'), sequenceA (Right (Just 'y') :: Either Int (Maybe Char)), fmap length (Just [1, 2 :: Int]))
  print (sum (Just (3 :: Int)), product (Nothing :: Maybe Int), length (Right 'x' :: Either Int Char), length (Left 1 :: Either Int Char), elem 3 (Just (3 :: Int)), maximum ("x", 5 :: Int), foldr (:) [] (Just 'q'), null (Left 'e' :: Either Char Int), F.toList (Just 'z'))
  print (concat (Just [1, 2 :: Int]), concatMap show (Just (12 :: Int)), and (Just False), any even (Right 3 :: Either Int Int), F.foldl' (flip (:)) [] "abc", F.fold ["ab", "c"], F.foldMap show [1, 2 :: Int], F.foldr' (:) [] "xy")
  print (Down 3 < Down (4 :: Int), sortOn Down [3, 1, 2 :: Int], sortBy (comparing Down) "hello", compare (Down 'a') (Down 'b'), getDown (Down 'q'), read "Down 3" :: Down Int)
  print (((==) `on` (`mod` 10)) 13 (23 :: Int), take 5 (fix (\rec n -> n : rec (n + 1)) (1 :: Int)), [1, 2, 3 :: Int] & map (* 2), Just 'x' <&> succ, Just 'x' $> 'y')
  print (isJust (Just 'x'), isNothing (Just 'x'), fromJust (Just 'y'), fromMaybe 0 (Nothing :: Maybe Int), listToMaybe [1, 2 :: Int], maybeToList (Just 'a'), catMaybes [Just 1, Nothing, Just (3 :: Int)], mapMaybe (\x -> if x > 1 then Just (x * 2) else Nothing) [1, 2, 3 :: Int])
  print (lefts [Left 'a', Right 1, Left 'b' :: Either Char Int], rights [Left 'a', Right (1 :: Int)], partitionEithers [Left 'a', Right 1, Left 'b', Right (2 :: Int)], isLeft (Left 'x' :: Either Char Int), isRight (Left 'x' :: Either Char Int), fromLeft 'd' (Right 3 :: Either Char Int), fromRight 0 (Right 3 :: Either Char Int), either show (map toUpper) (Right "r" :: Either Int String))
  print ((empty :: Maybe Int), Nothing <|> Just (2 :: Int), [1, 2] <|> [3 :: Int], optional (Just 'x'), optional (Nothing :: Maybe Char), liftA3 (,,) (Just 'a') (Just 'b') (Just 'c'), Just 3 <**> Just (+ (1 :: Int)))
  print (T.for [1, 2 :: Int] Just, T.traverse (\x -> [x, x + 1]) (Just (1 :: Int)), F.asum [Nothing, Just 'a', Just 'b'], F.foldrM (\x acc -> Just (x + acc)) 0 [1, 2, 3 :: Int], F.foldlM (\acc x -> [acc + x, acc * x]) 1 [2, 3 :: Int])

monadTests :: IO ()
monadTests = do
  section "Control.Monad"
  print (join [[1, 2], [3 :: Int]], join (Just (Just 'x')), void (Just 'x'), when True (Just ()), unless True Nothing, guard True :: [()], guard False :: Maybe ())
  print (replicateM 2 "ab", replicateM_ 3 (Just ()), filterM (const [True, False]) [1, 2 :: Int], zipWithM (\a b -> if b /= 0 then Just (a `div` b) else Nothing) [6, 8] [2, 4 :: Int], mapAndUnzipM (\x -> Just (x, x * 2)) [1, 2 :: Int])
  print (foldM (\acc x -> if x > 0 then Just (acc + x) else Nothing) 0 [1, 2, 3 :: Int], foldM (\acc x -> [acc + x, acc - x]) 0 [1, 2 :: Int], msum [Nothing, Just 1, Just (2 :: Int)], mfilter even (Just (4 :: Int)), mzero :: [Int], mplus [1] [2 :: Int])
  print (liftM (+ 1) (Just (1 :: Int)), liftM2 (+) [1, 2] [10, 20 :: Int], ap [succ, pred] [10 :: Int], ((+ 1) <$!> Just (3 :: Int)), (Just . (+ 1) >=> Just . (* 2)) (3 :: Int), ((Just . (+ 1)) <=< (Just . (* 2))) (3 :: Int))
  print (liftM3 (,,) (Just 'a') (Just 'b') (Just 'c'), forM [1, 2 :: Int] (\x -> Just (x * 3)), sequence_ [Just 'a', Just 'b'], mapM_ Just "ab", zipWithM_ (\a b -> Just (a, b)) "ab" "cd")
  r <- foldM (\acc x -> do { putStr (show x ++ " "); return (acc + x) }) 0 [1, 2, 3 :: Int]
  print r
  forM_ [1, 2 :: Int] print
  mapM_ print "xy"
  xs <- forM "ab" (\c -> return (toUpper c))
  print xs
  (>>=) (return 'k') print
  print =<< mapM (return . (* 2)) [1, 2, 3 :: Int]
  sequence_ [putStr "a", putStr "b", putStrLn "c"]
  ys <- sequence [return 1, return (2 :: Int)]
  print ys
  when (length ys > 1) (putStrLn "when")
  unless False (putStrLn "unless")
  replicateM_ 2 (putStr "r")
  putStrLn ""
  print (fmap (* 2) (Just (3 :: Int)) >>= \x -> return (x + 1))
  n <- fmap length (return "four")
  print n
  print ((do { x <- [1, 2, 3]; y <- "ab"; return (x :: Int, y) }), (do { Just x <- [Just 1, Nothing, Just (3 :: Int)]; [x] }), (do { (a, 'x') <- Just (1 :: Int, 'y'); return a }))

ioTests :: IO ()
ioTests = do
  section "IO"
  hPutStrLn stdout "to stdout"
  hPutStr stdout "no newline"
  hPutChar stdout '\n'
  hPrint stdout (Just (1 :: Int))
  hFlush stdout
  print (stdin, stdout, stderr, stdout == stdout, stdin == stderr)
  print (NoBuffering, BlockBuffering (Just 4096), LineBuffering == LineBuffering, read "BlockBuffering Nothing" :: BufferMode)
  hPutStrLn stderr "to stderr"
  r <- tryIOError (readFile "/nonexistent/lazuli-lib-test")
  case r of
    Left e -> print (e, isDoesNotExistError e, isUserError e, ioeGetErrorString e)
    Right _ -> putStrLn "unexpected"
  r2 <- tryIOError (ioError (userError "boom"))
  case r2 of
    Left e -> print (e, isUserError e, ioeGetErrorString e, isDoesNotExistError e)
    Right () -> putStrLn "unexpected"
  r3 <- tryIOError (fail "failed in IO")
  either (\e -> print (show e, isUserError e)) return r3
  catchIOError (ioError (userError "caught")) (\e -> putStrLn ("handler: " ++ show e))
  v <- catchIOError (return 'v') (\_ -> return 'w')
  print v
  print (userError "shown")
  s <- readIO "[1,2]" :: IO [Int]
  print s
  r4 <- tryIOError (readIO "x" :: IO Int)
  print (either show show r4)
  eof <- isEOF
  print eof
  r5 <- tryIOError getLine
  print (either (\e -> (isEOFError e, show e)) (\l -> (False, l)) r5)
  interact (map toUpper)
  putStrLn "end"
