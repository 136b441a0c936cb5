-- The Prelude: the Haskell 2010 Report's Prelude with the class hierarchy of
-- today's base (Functor => Applicative => Monad, MonadFail, Semigroup =>
-- Monoid, Foldable, Traversable). It exports what GHC 9.0.2's Prelude exports
-- (except Word), with the same types, so that `:type` prints what GHCi prints,
-- and its show, read and error texts are GHC's.
--
-- Everything is defined in this module: a Haskell 2010 module other than the
-- Prelude imports the Prelude, so the Prelude can import only Lazuli.Prim.
-- Helpers that other library modules would like to share (the escapes of
-- character literals, the Ratio constructor) therefore stay private here, and
-- the few that Data.Char needs are written again there.
--
-- Style rules that keep this file checkable by GHC through tests/lib-shim
-- (there, literals, `do` and arithmetic sequences mean base's classes, not
-- ours): a numeric literal only at a known type (Int, Integer, Double, Float)
-- or written `fromInteger 0` at a type variable; no literal patterns at a type
-- variable; `do` only in IO; no arithmetic sequences; no deriving.
module Prelude
  ( -- Standard types and classes
    Bool(False, True)
  , Maybe(Nothing, Just)
  , Either(Left, Right)
  , Ordering(LT, EQ, GT)
  , Char, String
  , Int, Integer, Float, Double, Rational
  , IO
  , Eq((==), (/=))
  , Ord(compare, (<), (<=), (>=), (>), max, min)
  , Enum(succ, pred, toEnum, fromEnum, enumFrom, enumFromThen, enumFromTo,
         enumFromThenTo)
  , Bounded(minBound, maxBound)
  , Num((+), (-), (*), negate, abs, signum, fromInteger)
  , Real(toRational)
  , Integral(quot, rem, div, mod, quotRem, divMod, toInteger)
  , Fractional((/), recip, fromRational)
  , Floating(pi, exp, log, sqrt, (**), logBase, sin, cos, tan, asin, acos, atan,
             sinh, cosh, tanh, asinh, acosh, atanh)
  , RealFrac(properFraction, truncate, round, ceiling, floor)
  , RealFloat(floatRadix, floatDigits, floatRange, decodeFloat, encodeFloat,
              exponent, significand, scaleFloat, isNaN, isInfinite,
              isDenormalized, isIEEE, isNegativeZero, atan2)
  , Semigroup((<>))
  , Monoid(mempty, mappend, mconcat)
  , Functor(fmap, (<$)), (<$>)
  , Applicative(pure, (<*>), (*>), (<*))
  , Monad((>>=), (>>), return)
  , MonadFail(fail)
  , Foldable(elem, foldMap, foldr, foldl, foldr1, foldl1, maximum, minimum,
             product, sum, null, length)
  , Traversable(traverse, sequenceA, mapM, sequence)
    -- Numeric functions
  , subtract, even, odd, gcd, lcm, (^), (^^), fromIntegral, realToFrac
    -- Monadic functions
  , mapM_, sequence_, (=<<)
    -- Functions on Bool, Maybe, Either, tuples
  , (&&), (||), not, otherwise
  , maybe, either
  , fst, snd, curry, uncurry
    -- Miscellaneous functions
  , id, const, (.), flip, ($), until, asTypeOf, error, errorWithoutStackTrace,
    undefined, seq, ($!)
    -- List operations
  , map, (++), filter, head, last, tail, init, (!!), reverse
  , and, or, any, all, concat, concatMap
  , scanl, scanl1, scanr, scanr1
  , iterate, repeat, replicate, cycle
  , take, drop, splitAt, takeWhile, dropWhile, span, break
  , notElem, lookup
  , zip, zip3, zipWith, zipWith3, unzip, unzip3
  , lines, words, unlines, unwords
    -- Converting to and from String
  , ShowS, Show(showsPrec, showList, show), shows, showChar, showString, showParen
  , ReadS, Read(readsPrec, readList), reads, readParen, read, lex
    -- Basic input and output
  , putChar, putStr, putStrLn, print
  , getChar, getLine, getContents, interact
  , FilePath, readFile, writeFile, appendFile, readIO, readLn
  , IOError, ioError, userError
  ) where

import Lazuli.Prim

infixr 9 .
infixl 9 !!
infixr 8 ^, ^^, **
infixl 7 *, /, `quot`, `rem`, `div`, `mod`, :%
infixl 6 +, -
infixr 6 <>
infixr 5 ++
infix  4 ==, /=, <, <=, >=, >, `elem`, `notElem`
infixl 4 <$>, <$, <*>, *>, <*
infixr 3 &&
infixr 2 ||
infixl 1 >>, >>=
infixr 1 =<<
infixr 0 $, $!, `seq`

------------------------------------------------------------------------------
-- Types

type String = [Char]
type ShowS = String -> String
type ReadS a = String -> [(a, String)]
type FilePath = String
type Rational = Ratio Integer

data Ordering = LT | EQ | GT
data Maybe a = Nothing | Just a
data Either a b = Left a | Right b

-- A fraction in lowest terms with a positive denominator (GHC.Real's Ratio).
data Ratio a = !a :% !a

------------------------------------------------------------------------------
-- Functions on functions, Bool, tuples, Maybe, Either

id :: a -> a
id x = x

const :: a -> b -> a
const x _ = x

(.) :: (b -> c) -> (a -> b) -> a -> c
(.) f g = \x -> f (g x)

flip :: (a -> b -> c) -> b -> a -> c
flip f x y = f y x

($) :: (a -> b) -> a -> b
f $ x = f x

($!) :: (a -> b) -> a -> b
f $! x = x `seq` f x

seq :: a -> b -> b
seq = primSeq

asTypeOf :: a -> a -> a
asTypeOf x _ = x

until :: (a -> Bool) -> (a -> a) -> a -> a
until p f = go
  where go x = if p x then x else go (f x)

error :: [Char] -> a
error s = primError s ""

errorWithoutStackTrace :: [Char] -> a
errorWithoutStackTrace s = primErrorWithoutStackTrace s

undefined :: a
undefined = primError "Prelude.undefined" ""

(&&) :: Bool -> Bool -> Bool
True && x = x
False && _ = False

(||) :: Bool -> Bool -> Bool
True || _ = True
False || x = x

not :: Bool -> Bool
not True = False
not False = True

otherwise :: Bool
otherwise = True

fst :: (a, b) -> a
fst (x, _) = x

snd :: (a, b) -> b
snd (_, y) = y

curry :: ((a, b) -> c) -> a -> b -> c
curry f x y = f (x, y)

uncurry :: (a -> b -> c) -> (a, b) -> c
uncurry f p = f (fst p) (snd p)

maybe :: b -> (a -> b) -> Maybe a -> b
maybe n _ Nothing = n
maybe _ f (Just x) = f x

either :: (a -> c) -> (b -> c) -> Either a b -> c
either f _ (Left x) = f x
either _ g (Right y) = g y

------------------------------------------------------------------------------
-- Eq and Ord

class Eq a where
  (==) :: a -> a -> Bool
  (/=) :: a -> a -> Bool
  x == y = not (x /= y)
  x /= y = not (x == y)

class Eq a => Ord a where
  compare :: a -> a -> Ordering
  (<) :: a -> a -> Bool
  (<=) :: a -> a -> Bool
  (>) :: a -> a -> Bool
  (>=) :: a -> a -> Bool
  max :: a -> a -> a
  min :: a -> a -> a
  compare x y = if x == y then EQ else if x <= y then LT else GT
  x < y = case compare x y of { LT -> True; _ -> False }
  x <= y = case compare x y of { GT -> False; _ -> True }
  x > y = case compare x y of { GT -> True; _ -> False }
  x >= y = case compare x y of { LT -> False; _ -> True }
  max x y = if x <= y then y else x
  min x y = if x <= y then x else y

-- The first result that is not EQ (lexicographic order).
thenCmp :: Ordering -> Ordering -> Ordering
thenCmp EQ o = o
thenCmp o _ = o

-- (<) on a record type whose fields but the last compare as `prefix`:
-- decided by the prefix, else by (<) on the last field. Derived instances
-- (and base's instances for tuples, Maybe and Either) define (<) so and the
-- other operators from it, which matters for NaN.
lexLess :: Ordering -> Bool -> Bool
lexLess LT _ = True
lexLess GT _ = False
lexLess EQ lastLess = lastLess

ordTag :: Ordering -> Int
ordTag LT = 0
ordTag EQ = 1
ordTag GT = 2

boolTag :: Bool -> Int
boolTag False = 0
boolTag True = 1

instance Eq Bool where
  x == y = primIntEq (boolTag x) (boolTag y)

instance Ord Bool where
  compare x y = compare (boolTag x) (boolTag y)

instance Eq Ordering where
  LT == LT = True
  EQ == EQ = True
  GT == GT = True
  _ == _ = False

instance Ord Ordering where
  compare x y = compare (ordTag x) (ordTag y)

instance Eq () where
  _ == _ = True

instance Ord () where
  compare _ _ = EQ

instance Eq Char where
  c == d = primIntEq (primCharToInt c) (primCharToInt d)
  c /= d = if primIntEq (primCharToInt c) (primCharToInt d) then False else True

instance Ord Char where
  compare c d = let i = primCharToInt c
                    j = primCharToInt d
                in if primIntLt i j then LT else if primIntEq i j then EQ else GT
  c < d = primIntLt (primCharToInt c) (primCharToInt d)
  c <= d = primIntLe (primCharToInt c) (primCharToInt d)
  c > d = primIntLt (primCharToInt d) (primCharToInt c)
  c >= d = primIntLe (primCharToInt d) (primCharToInt c)

instance Eq Int where
  (==) = primIntEq
  x /= y = if primIntEq x y then False else True

instance Ord Int where
  compare x y = if primIntLt x y then LT else if primIntEq x y then EQ else GT
  (<) = primIntLt
  (<=) = primIntLe
  x > y = primIntLt y x
  x >= y = primIntLe y x
  max x y = if primIntLe x y then y else x
  min x y = if primIntLe x y then x else y

instance Eq Integer where
  (==) = primIntegerEq
  x /= y = if primIntegerEq x y then False else True

instance Ord Integer where
  compare x y = if primIntegerLt x y then LT else if primIntegerEq x y then EQ else GT
  (<) = primIntegerLt
  (<=) = primIntegerLe
  x > y = primIntegerLt y x
  x >= y = primIntegerLe y x

instance Eq Double where
  (==) = primDoubleEq
  x /= y = if primDoubleEq x y then False else True

instance Ord Double where
  compare x y = if primDoubleLt x y then LT else if primDoubleEq x y then EQ else GT
  (<) = primDoubleLt
  (<=) = primDoubleLe
  x > y = primDoubleLt y x
  x >= y = primDoubleLe y x

instance Eq Float where
  (==) = primFloatEq
  x /= y = if primFloatEq x y then False else True

instance Ord Float where
  compare x y = if primFloatLt x y then LT else if primFloatEq x y then EQ else GT
  (<) = primFloatLt
  (<=) = primFloatLe
  x > y = primFloatLt y x
  x >= y = primFloatLe y x

instance Eq a => Eq [a] where
  [] == [] = True
  (x : xs) == (y : ys) = x == y && xs == ys
  _ == _ = False

instance Ord a => Ord [a] where
  compare [] [] = EQ
  compare [] (_ : _) = LT
  compare (_ : _) [] = GT
  compare (x : xs) (y : ys) = case compare x y of
    EQ -> compare xs ys
    o -> o

instance Eq a => Eq (Maybe a) where
  Nothing == Nothing = True
  Just x == Just y = x == y
  _ == _ = False

instance Ord a => Ord (Maybe a) where
  compare Nothing Nothing = EQ
  compare Nothing (Just _) = LT
  compare (Just _) Nothing = GT
  compare (Just x) (Just y) = compare x y
  Just x < Just y = x < y
  Nothing < Just _ = True
  _ < _ = False
  x <= y = not (y < x)
  x > y = y < x
  x >= y = not (x < y)

instance (Eq a, Eq b) => Eq (Either a b) where
  Left x == Left y = x == y
  Right x == Right y = x == y
  _ == _ = False

instance (Ord a, Ord b) => Ord (Either a b) where
  compare (Left x) (Left y) = compare x y
  compare (Left _) (Right _) = LT
  compare (Right _) (Left _) = GT
  compare (Right x) (Right y) = compare x y
  Left x < Left y = x < y
  Right x < Right y = x < y
  Left _ < Right _ = True
  Right _ < Left _ = False
  x <= y = not (y < x)
  x > y = y < x
  x >= y = not (x < y)

instance (Eq a, Eq b) => Eq (a, b) where
  (a, b) == (a', b') = a == a' && b == b'

instance (Ord a, Ord b) => Ord (a, b) where
  compare (a, b) (a', b') = compare a a' `thenCmp` compare b b'
  (a, b) < (a', b') = lexLess (compare a a') (b < b')
  x <= y = not (y < x)
  x > y = y < x
  x >= y = not (x < y)

instance (Eq a, Eq b, Eq c) => Eq (a, b, c) where
  (a, b, c) == (a', b', c') = a == a' && b == b' && c == c'

instance (Ord a, Ord b, Ord c) => Ord (a, b, c) where
  compare (a, b, c) (a', b', c') =
    compare a a' `thenCmp` compare b b' `thenCmp` compare c c'
  (a, b, c) < (a', b', c') =
    lexLess (compare a a' `thenCmp` compare b b') (c < c')
  x <= y = not (y < x)
  x > y = y < x
  x >= y = not (x < y)

instance (Eq a, Eq b, Eq c, Eq d) => Eq (a, b, c, d) where
  (a, b, c, d) == (a', b', c', d') = a == a' && b == b' && c == c' && d == d'

instance (Ord a, Ord b, Ord c, Ord d) => Ord (a, b, c, d) where
  compare (a, b, c, d) (a', b', c', d') =
    compare a a' `thenCmp` compare b b' `thenCmp` compare c c' `thenCmp` compare d d'
  (a, b, c, d) < (a', b', c', d') =
    lexLess (compare a a' `thenCmp` compare b b' `thenCmp` compare c c') (d < d')
  x <= y = not (y < x)
  x > y = y < x
  x >= y = not (x < y)

instance (Eq a, Eq b, Eq c, Eq d, Eq e) => Eq (a, b, c, d, e) where
  (a, b, c, d, e) == (a', b', c', d', e') =
    a == a' && b == b' && c == c' && d == d' && e == e'

instance (Ord a, Ord b, Ord c, Ord d, Ord e) => Ord (a, b, c, d, e) where
  compare (a, b, c, d, e) (a', b', c', d', e') =
    compare a a' `thenCmp` compare b b' `thenCmp` compare c c' `thenCmp`
    compare d d' `thenCmp` compare e e'
  (a, b, c, d, e) < (a', b', c', d', e') = lexLess
    (compare a a' `thenCmp` compare b b' `thenCmp` compare c c' `thenCmp` compare d d') (e < e')
  x <= y = not (y < x)
  x > y = y < x
  x >= y = not (x < y)

instance (Eq a, Eq b, Eq c, Eq d, Eq e, Eq f) => Eq (a, b, c, d, e, f) where
  (a, b, c, d, e, f) == (a', b', c', d', e', f') =
    a == a' && b == b' && c == c' && d == d' && e == e' && f == f'

instance (Ord a, Ord b, Ord c, Ord d, Ord e, Ord f) => Ord (a, b, c, d, e, f) where
  compare (a, b, c, d, e, f) (a', b', c', d', e', f') =
    compare a a' `thenCmp` compare b b' `thenCmp` compare c c' `thenCmp`
    compare d d' `thenCmp` compare e e' `thenCmp` compare f f'
  (a, b, c, d, e, f) < (a', b', c', d', e', f') = lexLess
    (compare a a' `thenCmp` compare b b' `thenCmp` compare c c' `thenCmp`
     compare d d' `thenCmp` compare e e') (f < f')
  x <= y = not (y < x)
  x > y = y < x
  x >= y = not (x < y)

instance (Eq a, Eq b, Eq c, Eq d, Eq e, Eq f, Eq g) => Eq (a, b, c, d, e, f, g) where
  (a, b, c, d, e, f, g) == (a', b', c', d', e', f', g') =
    a == a' && b == b' && c == c' && d == d' && e == e' && f == f' && g == g'

instance (Ord a, Ord b, Ord c, Ord d, Ord e, Ord f, Ord g) => Ord (a, b, c, d, e, f, g) where
  compare (a, b, c, d, e, f, g) (a', b', c', d', e', f', g') =
    compare a a' `thenCmp` compare b b' `thenCmp` compare c c' `thenCmp`
    compare d d' `thenCmp` compare e e' `thenCmp` compare f f' `thenCmp`
    compare g g'
  (a, b, c, d, e, f, g) < (a', b', c', d', e', f', g') = lexLess
    (compare a a' `thenCmp` compare b b' `thenCmp` compare c c' `thenCmp`
     compare d d' `thenCmp` compare e e' `thenCmp` compare f f') (g < g')
  x <= y = not (y < x)
  x > y = y < x
  x >= y = not (x < y)

------------------------------------------------------------------------------
-- Enum and Bounded

class Enum a where
  succ :: a -> a
  pred :: a -> a
  toEnum :: Int -> a
  fromEnum :: a -> Int
  enumFrom :: a -> [a]
  enumFromThen :: a -> a -> [a]
  enumFromTo :: a -> a -> [a]
  enumFromThenTo :: a -> a -> a -> [a]
  succ x = toEnum (fromEnum x + 1)
  pred x = toEnum (fromEnum x - 1)
  enumFrom x = map toEnum (enumFrom (fromEnum x))
  enumFromThen x y = map toEnum (enumFromThen (fromEnum x) (fromEnum y))
  enumFromTo x y = map toEnum (enumFromTo (fromEnum x) (fromEnum y))
  enumFromThenTo x y z =
    map toEnum (enumFromThenTo (fromEnum x) (fromEnum y) (fromEnum z))

class Bounded a where
  minBound :: a
  maxBound :: a

-- [x, x + 1 .. y] on Int, without overflow at the ends of the range.
intsFromTo :: Int -> Int -> [Int]
intsFromTo x y = if x > y then [] else go x
  where
    go :: Int -> [Int]
    go i = i : (if i == y then [] else go (i + 1))

-- [x1, x2 .. y] on Int, without overflow: stops before a step would pass y.
intsFromThenTo :: Int -> Int -> Int -> [Int]
intsFromThenTo x1 x2 y
  | x2 >= x1 = if y < x2 then (if y < x1 then [] else [x1]) else x1 : up x2
  | otherwise = if y > x2 then (if y > x1 then [] else [x1]) else x1 : down x2
  where
    delta = x2 - x1
    lastStart = y - delta
    up x = if x > lastStart then [x] else x : up (x + delta)
    down x = if x < lastStart then [x] else x : down (x + delta)

-- The Enum instances of small types go through the constructor index.
boundedEnumFrom :: (Enum a, Bounded a) => a -> [a]
boundedEnumFrom x = map toEnum (intsFromTo (fromEnum x) (fromEnum (maxBound `asTypeOf` x)))

boundedEnumFromThen :: (Enum a, Bounded a) => a -> a -> [a]
boundedEnumFromThen x y = map toEnum (intsFromThenTo i j lim)
  where
    i = fromEnum x
    j = fromEnum y
    lim = if j >= i then fromEnum (maxBound `asTypeOf` x) else fromEnum (minBound `asTypeOf` x)

instance Enum Int where
  succ x = if x == primIntMaxBound
    then errorWithoutStackTrace "Prelude.Enum.succ{Int}: tried to take `succ' of maxBound"
    else x + 1
  pred x = if x == primIntMinBound
    then errorWithoutStackTrace "Prelude.Enum.pred{Int}: tried to take `pred' of minBound"
    else x - 1
  toEnum x = x
  fromEnum x = x
  enumFrom x = intsFromTo x primIntMaxBound
  enumFromTo = intsFromTo
  enumFromThen x y = intsFromThenTo x y (if y >= x then primIntMaxBound else primIntMinBound)
  enumFromThenTo = intsFromThenTo

instance Bounded Int where
  minBound = primIntMinBound
  maxBound = primIntMaxBound

instance Enum Integer where
  succ x = x + 1
  pred x = x - 1
  toEnum = primIntToInteger
  fromEnum = primIntegerToInt
  enumFrom x = x : enumFrom (x + 1)
  enumFromThen x y = go x
    where
      delta = y - x
      go i = i : go (i + delta)
  enumFromTo x lim = if x > lim then [] else x : enumFromTo (x + 1) lim
  enumFromThenTo x y lim = if delta >= 0 then up x else down x
    where
      delta = y - x
      up i = if i > lim then [] else i : up (i + delta)
      down i = if i < lim then [] else i : down (i + delta)

instance Enum Char where
  succ c = if primCharToInt c == 1114111
    then errorWithoutStackTrace "Prelude.Enum.Char.succ: bad argument"
    else primIntToChar (primCharToInt c + 1)
  pred c = if primCharToInt c == 0
    then errorWithoutStackTrace "Prelude.Enum.Char.pred: bad argument"
    else primIntToChar (primCharToInt c - 1)
  toEnum = chr
  fromEnum = primCharToInt
  enumFrom c = map primIntToChar (intsFromTo (primCharToInt c) 1114111)
  enumFromTo c d = map primIntToChar (intsFromTo (primCharToInt c) (primCharToInt d))
  enumFromThen c d = map primIntToChar (intsFromThenTo i j (if j >= i then 1114111 else 0))
    where
      i = primCharToInt c
      j = primCharToInt d
  enumFromThenTo c d e =
    map primIntToChar (intsFromThenTo (primCharToInt c) (primCharToInt d) (primCharToInt e))

instance Bounded Char where
  minBound = '\0'
  maxBound = '\1114111'

instance Enum Bool where
  succ False = True
  succ True = errorWithoutStackTrace "Prelude.Enum.Bool.succ: bad argument"
  pred True = False
  pred False = errorWithoutStackTrace "Prelude.Enum.Bool.pred: bad argument"
  toEnum n = case n of
    0 -> False
    1 -> True
    _ -> errorWithoutStackTrace "Prelude.Enum.Bool.toEnum: bad argument"
  fromEnum = boolTag
  enumFrom = boundedEnumFrom
  enumFromThen = boundedEnumFromThen

instance Bounded Bool where
  minBound = False
  maxBound = True

instance Enum Ordering where
  succ LT = EQ
  succ EQ = GT
  succ GT = errorWithoutStackTrace "Prelude.Enum.Ordering.succ: bad argument"
  pred GT = EQ
  pred EQ = LT
  pred LT = errorWithoutStackTrace "Prelude.Enum.Ordering.pred: bad argument"
  toEnum n = case n of
    0 -> LT
    1 -> EQ
    2 -> GT
    _ -> errorWithoutStackTrace "Prelude.Enum.Ordering.toEnum: bad argument"
  fromEnum = ordTag
  enumFrom = boundedEnumFrom
  enumFromThen = boundedEnumFromThen

instance Bounded Ordering where
  minBound = LT
  maxBound = GT

instance Enum () where
  succ _ = errorWithoutStackTrace "Prelude.Enum.().succ: bad argument"
  pred _ = errorWithoutStackTrace "Prelude.Enum.().pred: bad argument"
  toEnum n = if n == 0 then () else errorWithoutStackTrace "Prelude.Enum.().toEnum: bad argument"
  fromEnum _ = 0
  enumFrom _ = [()]
  enumFromThen _ _ = repeat ()
  enumFromTo _ _ = [()]
  enumFromThenTo _ _ _ = repeat ()

instance Bounded () where
  minBound = ()
  maxBound = ()

instance (Bounded a, Bounded b) => Bounded (a, b) where
  minBound = (minBound, minBound)
  maxBound = (maxBound, maxBound)

instance (Bounded a, Bounded b, Bounded c) => Bounded (a, b, c) where
  minBound = (minBound, minBound, minBound)
  maxBound = (maxBound, maxBound, maxBound)

instance (Bounded a, Bounded b, Bounded c, Bounded d) => Bounded (a, b, c, d) where
  minBound = (minBound, minBound, minBound, minBound)
  maxBound = (maxBound, maxBound, maxBound, maxBound)

instance (Bounded a, Bounded b, Bounded c, Bounded d, Bounded e) => Bounded (a, b, c, d, e) where
  minBound = (minBound, minBound, minBound, minBound, minBound)
  maxBound = (maxBound, maxBound, maxBound, maxBound, maxBound)

instance (Bounded a, Bounded b, Bounded c, Bounded d, Bounded e, Bounded f)
    => Bounded (a, b, c, d, e, f) where
  minBound = (minBound, minBound, minBound, minBound, minBound, minBound)
  maxBound = (maxBound, maxBound, maxBound, maxBound, maxBound, maxBound)

instance (Bounded a, Bounded b, Bounded c, Bounded d, Bounded e, Bounded f, Bounded g)
    => Bounded (a, b, c, d, e, f, g) where
  minBound = (minBound, minBound, minBound, minBound, minBound, minBound, minBound)
  maxBound = (maxBound, maxBound, maxBound, maxBound, maxBound, maxBound, maxBound)

-- Enumerations of fractional numbers (Float, Double, Ratio): the n-th
-- element is computed from the start (x + n * step) rather than by repeated
-- addition, as base does; the end is passed by at most half a step.
numericEnumFrom :: Fractional a => a -> [a]
numericEnumFrom x = go (fromInteger 0)
  where go k = k `seq` ((x + k) : go (k + fromInteger 1))

numericEnumFromThen :: Fractional a => a -> a -> [a]
numericEnumFromThen x y = go (fromInteger 0)
  where
    step = y - x
    go k = k `seq` ((x + k * step) : go (k + fromInteger 1))

numericEnumFromTo :: (Ord a, Fractional a) => a -> a -> [a]
numericEnumFromTo x lim = takeWhile (<= lim + half) (numericEnumFrom x)
  where half = recip (fromInteger 2)

numericEnumFromThenTo :: (Ord a, Fractional a) => a -> a -> a -> [a]
numericEnumFromThenTo x y lim = takeWhile keep (numericEnumFromThen x y)
  where
    mid = (y - x) / fromInteger 2
    keep z = if y >= x then z <= lim + mid else z >= lim + mid

------------------------------------------------------------------------------
-- Numeric classes

class Num a where
  (+) :: a -> a -> a
  (-) :: a -> a -> a
  (*) :: a -> a -> a
  negate :: a -> a
  abs :: a -> a
  signum :: a -> a
  fromInteger :: Integer -> a
  x - y = x + negate y
  negate x = fromInteger 0 - x

class (Num a, Ord a) => Real a where
  toRational :: a -> Rational

class (Real a, Enum a) => Integral a where
  quot :: a -> a -> a
  rem :: a -> a -> a
  div :: a -> a -> a
  mod :: a -> a -> a
  quotRem :: a -> a -> (a, a)
  divMod :: a -> a -> (a, a)
  toInteger :: a -> Integer
  n `quot` d = fst (quotRem n d)
  n `rem` d = snd (quotRem n d)
  n `div` d = fst (divMod n d)
  n `mod` d = snd (divMod n d)
  divMod n d = if signum r == negate (signum d) then (q - fromInteger 1, r + d) else qr
    where
      qr = quotRem n d
      q = fst qr
      r = snd qr

class Num a => Fractional a where
  (/) :: a -> a -> a
  recip :: a -> a
  fromRational :: Rational -> a
  recip x = fromInteger 1 / x
  x / y = x * recip y

class Fractional a => Floating a where
  pi :: a
  exp :: a -> a
  log :: a -> a
  sqrt :: a -> a
  (**) :: a -> a -> a
  logBase :: a -> a -> a
  sin :: a -> a
  cos :: a -> a
  tan :: a -> a
  asin :: a -> a
  acos :: a -> a
  atan :: a -> a
  sinh :: a -> a
  cosh :: a -> a
  tanh :: a -> a
  asinh :: a -> a
  acosh :: a -> a
  atanh :: a -> a
  x ** y = exp (log x * y)
  logBase x y = log y / log x
  sqrt x = x ** recip (fromInteger 2)
  tan x = sin x / cos x
  tanh x = sinh x / cosh x

class (Real a, Fractional a) => RealFrac a where
  properFraction :: Integral b => a -> (b, a)
  truncate :: Integral b => a -> b
  round :: Integral b => a -> b
  ceiling :: Integral b => a -> b
  floor :: Integral b => a -> b
  truncate x = fst (properFraction x)
  round x = fromInteger (roundFraction (properFraction x))
  ceiling x = fromInteger (if r > fromInteger 0 then n + 1 else n)
    where (n, r) = properFraction x
  floor x = fromInteger (if r < fromInteger 0 then n - 1 else n)
    where (n, r) = properFraction x

-- Round half to even, from the integral and fractional parts.
roundFraction :: RealFrac a => (Integer, a) -> Integer
roundFraction (n, r) = case compare (abs r) (recip (fromInteger 2)) of
    LT -> n
    EQ -> if even n then n else away
    GT -> away
  where away = if r < fromInteger 0 then n - 1 else n + 1

class (RealFrac a, Floating a) => RealFloat a where
  floatRadix :: a -> Integer
  floatDigits :: a -> Int
  floatRange :: a -> (Int, Int)
  decodeFloat :: a -> (Integer, Int)
  encodeFloat :: Integer -> Int -> a
  exponent :: a -> Int
  significand :: a -> a
  scaleFloat :: Int -> a -> a
  isNaN :: a -> Bool
  isInfinite :: a -> Bool
  isDenormalized :: a -> Bool
  isNegativeZero :: a -> Bool
  isIEEE :: a -> Bool
  atan2 :: a -> a -> a
  exponent x = if m == 0 then 0 else e + floatDigits x
    where (m, e) = decodeFloat x
  significand x = encodeFloat (fst (decodeFloat x)) (negate (floatDigits x))
  scaleFloat k x =
    if k == 0 || x == fromInteger 0 || isNaN x || isInfinite x
      then x
      else encodeFloat m (e + max (negate limit) (min limit k))
    where
      (m, e) = decodeFloat x
      (lo, hi) = floatRange x
      limit = hi - lo + 4 * floatDigits x
  atan2 y x
    | x > zero = atan (y / x)
    | x == zero && y > zero = pi / fromInteger 2
    | x < zero && y > zero = pi + atan (y / x)
    | (x <= zero && y < zero) || (x < zero && isNegativeZero y)
        || (isNegativeZero x && isNegativeZero y) = negate (atan2 (negate y) x)
    | y == zero && (x < zero || isNegativeZero x) = pi
    | x == zero && y == zero = y
    | otherwise = x + y
    where zero = fromInteger 0

subtract :: Num a => a -> a -> a
subtract x y = y - x

even :: Integral a => a -> Bool
even n = n `rem` fromInteger 2 == fromInteger 0

odd :: Integral a => a -> Bool
odd n = not (even n)

gcd :: Integral a => a -> a -> a
gcd x y = go (abs x) (abs y)
  where go a b = if b == fromInteger 0 then a else go b (a `rem` b)

lcm :: Integral a => a -> a -> a
lcm x y
  | x == fromInteger 0 || y == fromInteger 0 = fromInteger 0
  | otherwise = abs ((x `quot` gcd x y) * y)

-- Exponentiation by repeated squaring, multiplying in the same order as base
-- (the order matters for floating point).
(^) :: (Num a, Integral b) => a -> b -> a
x0 ^ y0
  | y0 < fromInteger 0 = errorWithoutStackTrace "Negative exponent"
  | y0 == fromInteger 0 = fromInteger 1
  | otherwise = powerOf x0 y0
  where
    two = fromInteger 2
    one = fromInteger 1
    -- x0 ^ y0 == x ^ y
    powerOf x y
      | even y = powerOf (x * x) (y `quot` two)
      | y == one = x
      | otherwise = powerAcc (x * x) (y `quot` two) x
    -- x0 ^ y0 == x ^ y * acc
    powerAcc x y acc
      | even y = powerAcc (x * x) (y `quot` two) acc
      | y == one = x * acc
      | otherwise = powerAcc (x * x) (y `quot` two) (x * acc)

(^^) :: (Fractional a, Integral b) => a -> b -> a
x ^^ n = if n >= fromInteger 0 then x ^ n else recip (x ^ negate n)

fromIntegral :: (Integral a, Num b) => a -> b
fromIntegral x = fromInteger (toInteger x)

realToFrac :: (Real a, Fractional b) => a -> b
realToFrac x = fromRational (toRational x)

------------------------------------------------------------------------------
-- Int and Integer

-- The checks GHC makes before dividing Ints.
intDivCheck :: Int -> Int -> a -> a
intDivCheck x y r
  | y == 0 = primDivZero
  | y == (-1) && x == primIntMinBound = primOverflow
  | otherwise = r

-- Division rounding towards negative infinity, from quot and rem.
-- div and mod round towards negative infinity: they differ from quot and
-- rem when the remainder is not zero and its sign differs from y's.
-- (Written with primitives only: these are on every program's hot path.)
intDiv :: Int -> Int -> Int
intDiv x y = let q = primIntQuot x y
                 r = primIntRem x y
             in if signsDiffer r y then primIntSub q 1 else q

intMod :: Int -> Int -> Int
intMod x y = let r = primIntRem x y in if signsDiffer r y then primIntAdd r y else r

-- r is not zero and has the other sign than y.
signsDiffer :: Int -> Int -> Bool
signsDiffer r y = if primIntLt 0 r then primIntLt y 0 else if primIntLt r 0 then primIntLt 0 y else False

instance Num Int where
  (+) = primIntAdd
  (-) = primIntSub
  (*) = primIntMul
  negate = primIntNegate
  abs n = if n < 0 then primIntNegate n else n
  signum n = if n < 0 then (-1) else if n == 0 then 0 else 1
  fromInteger = primIntegerToInt

instance Real Int where
  toRational x = primIntToInteger x :% 1

-- GHC's division evaluates the dividend first, then the divisor (its
-- wrappers unbox both, in order): `undefined `div` 0` is undefined, and a
-- debugger's trace shows x's evaluation before y's.
instance Integral Int where
  quot x y = x `seq` intDivCheck x y (primIntQuot x y)
  rem x y = x `seq` (if y == 0 then primDivZero else if y == (-1) then 0 else primIntRem x y)
  div x y = x `seq` intDivCheck x y (intDiv x y)
  mod x y = x `seq` (if y == 0 then primDivZero else if y == (-1) then 0 else intMod x y)
  quotRem x y
    | x `seq` y == 0 = primDivZero
    | y == (-1) && x == primIntMinBound = (primOverflow, 0)
    | y == (-1) = (primIntNegate x, 0)
    | otherwise = (primIntQuot x y, primIntRem x y)
  divMod x y
    | x `seq` y == 0 = primDivZero
    | y == (-1) && x == primIntMinBound = (primOverflow, 0)
    | y == (-1) = (primIntNegate x, 0)
    | otherwise = (intDiv x y, intMod x y)
  toInteger = primIntToInteger

instance Num Integer where
  (+) = primIntegerAdd
  (-) = primIntegerSub
  (*) = primIntegerMul
  negate = primIntegerNegate
  abs n = if n < 0 then primIntegerNegate n else n
  signum n = if n < 0 then (-1) else if n == 0 then 0 else 1
  fromInteger n = n

instance Real Integer where
  toRational x = x :% 1

instance Integral Integer where
  quot x y = x `seq` (if y == 0 then primDivZero else primIntegerQuot x y)
  rem x y = x `seq` (if y == 0 then primDivZero else primIntegerRem x y)
  div x y = x `seq` (if y == 0 then primDivZero else primIntegerDiv x y)
  mod x y = x `seq` (if y == 0 then primDivZero else primIntegerMod x y)
  quotRem x y = x `seq` (if y == 0 then primDivZero else (primIntegerQuot x y, primIntegerRem x y))
  divMod x y = x `seq` (if y == 0 then primDivZero else (primIntegerDiv x y, primIntegerMod x y))
  toInteger n = n

------------------------------------------------------------------------------
-- Ratio and Rational

numerator :: Ratio a -> a
numerator (x :% _) = x

denominator :: Ratio a -> a
denominator (_ :% y) = y

-- x / y in lowest terms with a positive denominator.
(%) :: Integral a => a -> a -> Ratio a
x % y = reduce (x * signum y) (abs y)

-- x / y in lowest terms, for y > 0 (the error for y == 0 is GHC's).
reduce :: Integral a => a -> a -> Ratio a
reduce x y
  | y == fromInteger 0 = primRatioZeroDenominator
  | otherwise = (x `quot` d) :% (y `quot` d)
  where d = gcd x y

instance Eq a => Eq (Ratio a) where
  (x :% y) == (x' :% y') = x == x' && y == y'

instance Integral a => Ord (Ratio a) where
  compare (x :% y) (x' :% y') = compare (x * y') (x' * y)
  (x :% y) <= (x' :% y') = x * y' <= x' * y
  (x :% y) < (x' :% y') = x * y' < x' * y

instance Integral a => Num (Ratio a) where
  (x :% y) + (x' :% y') = reduce (x * y' + x' * y) (y * y')
  (x :% y) - (x' :% y') = reduce (x * y' - x' * y) (y * y')
  (x :% y) * (x' :% y') = reduce (x * x') (y * y')
  negate (x :% y) = negate x :% y
  abs (x :% y) = abs x :% y
  signum (x :% _) = signum x :% fromInteger 1
  fromInteger n = fromInteger n :% fromInteger 1

instance Integral a => Fractional (Ratio a) where
  (x :% y) / (x' :% y') = (x * y') % (y * x')
  recip (x :% y)
    | x == fromInteger 0 = primRatioZeroDenominator
    | x < fromInteger 0 = negate y :% negate x
    | otherwise = y :% x
  fromRational (x :% y) = fromInteger x % fromInteger y

instance Integral a => Real (Ratio a) where
  toRational (x :% y) = toInteger x :% toInteger y

instance Integral a => RealFrac (Ratio a) where
  properFraction (x :% y) = (fromInteger (toInteger q), r :% y)
    where (q, r) = quotRem x y

instance Integral a => Enum (Ratio a) where
  succ x = x + fromInteger 1
  pred x = x - fromInteger 1
  toEnum n = fromInteger (primIntToInteger n) :% fromInteger 1
  fromEnum x = fromInteger (truncate x)
  enumFrom = numericEnumFrom
  enumFromThen = numericEnumFromThen
  enumFromTo = numericEnumFromTo
  enumFromThenTo = numericEnumFromThenTo

instance Show a => Show (Ratio a) where
  showsPrec p (x :% y) = showParen (p > 7) (showsPrec 8 x . showString " % " . showsPrec 8 y)

instance (Integral a, Read a) => Read (Ratio a) where
  readsPrec p = readParen (p > 7) (\r ->
    [(x % y, u) | (x, s) <- readsPrec 8 r, ("%", t) <- lex s, (y, u) <- readsPrec 8 t])

------------------------------------------------------------------------------
-- Double and Float

-- floor (log2 n) for n > 0.
integerLog2 :: Integer -> Int
integerLog2 n = go n 0
  where
    big = 18446744073709551616 :: Integer
    go m acc
      | m >= big = go (m `quot` big) (acc + 64)
      | m >= 2 = go (m `quot` 2) (acc + 1)
      | otherwise = acc

-- n / d (d > 0) rounded to the nearest floating-point number, ties to even,
-- with gradual underflow and overflow to infinity (as GHC's fromRational).
rationalToFloat :: RealFloat a => Integer -> Integer -> a
rationalToFloat n d
  | d == 0 = if n > 0 then one / zero else if n < 0 then negate one / zero else zero / zero
  | n == 0 = zero
  | n < 0 = negate (positive (negate n))
  | otherwise = positive n
  where
    zero = encodeFloat 0 0
    one = encodeFloat 1 0
    positive m = result
      where
        digits = floatDigits result
        minExp = fst (floatRange result) - digits
        e0 = integerLog2 m - integerLog2 d - digits
        -- at e0 the quotient has digits or digits + 1 bits; below the normal
        -- range the exponent stays at its minimum and the quotient is shorter
        e | e0 < minExp = minExp
          | fst (scaled e0) >= 2 ^ digits = e0 + 1
          | otherwise = e0
        (q, r, dv) = scaled3 e
        q' = if 2 * r > dv || (2 * r == dv && odd q) then q + 1 else q
        result = encodeFloat q' e
        scaled k = let (a, b, _) = scaled3 k in (a, b)
        scaled3 k = if k >= 0
          then let dv' = d * 2 ^ k in (m `quot` dv', m `rem` dv', dv')
          else let m' = m * 2 ^ negate k in (m' `quot` d, m' `rem` d, d)

-- The exact value of a floating-point number.
floatToRational :: RealFloat a => a -> Rational
floatToRational x = if e >= 0 then (m * 2 ^ e) :% 1 else reduce m (2 ^ negate e)
  where (m, e) = decodeFloat x

-- Truncation through the representation, for infinities and NaN (whose
-- "integral part" in GHC is what decodeFloat says).
decodedProperFraction :: (RealFloat a, Integral b) => a -> (b, a)
decodedProperFraction x
  | e >= 0 = (fromInteger (m * 2 ^ e), encodeFloat 0 0)
  | otherwise = (fromInteger w, encodeFloat f e)
  where
    (m, e) = decodeFloat x
    (w, f) = quotRem m (2 ^ negate e)

instance Num Double where
  (+) = primDoubleAdd
  (-) = primDoubleSub
  (*) = primDoubleMul
  negate = primDoubleNegate
  abs = primDoubleAbs
  signum x = if x > 0 then 1 else if x < 0 then (-1) else x
  fromInteger = primIntegerToDouble

instance Real Double where
  toRational = floatToRational

instance Fractional Double where
  (/) = primDoubleDiv
  recip x = primDoubleDiv 1 x
  fromRational (n :% d) = rationalToFloat n d

instance Floating Double where
  pi = 3.141592653589793
  exp = primDoubleExp
  log = primDoubleLog
  sqrt = primDoubleSqrt
  (**) = primDoublePow
  logBase b x = log x / log b
  sin = primDoubleSin
  cos = primDoubleCos
  tan = primDoubleTan
  asin = primDoubleAsin
  acos = primDoubleAcos
  atan = primDoubleAtan
  sinh = primDoubleSinh
  cosh = primDoubleCosh
  tanh = primDoubleTanh
  asinh = primDoubleAsinh
  acosh = primDoubleAcosh
  atanh = primDoubleAtanh

instance RealFrac Double where
  properFraction x
    | primDoubleIsNaN x || primDoubleIsInfinite x = decodedProperFraction x
    | otherwise = (fromInteger n, if f == 0 then 0 else f)
    where
      n = primDoubleToInteger x
      f = x - primIntegerToDouble n
  truncate x
    | primDoubleIsNaN x || primDoubleIsInfinite x = fst (decodedProperFraction x)
    | otherwise = fromInteger (primDoubleToInteger x)

instance RealFloat Double where
  floatRadix _ = 2
  floatDigits _ = 53
  floatRange _ = (-1021, 1024)
  decodeFloat = primDoubleDecode
  encodeFloat = primDoubleEncode
  isNaN = primDoubleIsNaN
  isInfinite = primDoubleIsInfinite
  isDenormalized = primDoubleIsDenormalized
  isNegativeZero = primDoubleIsNegativeZero
  isIEEE _ = True

instance Enum Double where
  succ x = x + 1
  pred x = x - 1
  toEnum = primIntToDouble
  fromEnum x = primIntegerToInt (truncate x)
  enumFrom = numericEnumFrom
  enumFromThen = numericEnumFromThen
  enumFromTo = numericEnumFromTo
  enumFromThenTo = numericEnumFromThenTo

instance Num Float where
  (+) = primFloatAdd
  (-) = primFloatSub
  (*) = primFloatMul
  negate = primFloatNegate
  abs = primFloatAbs
  signum x = if x > 0 then 1 else if x < 0 then (-1) else x
  fromInteger = primIntegerToFloat

instance Real Float where
  toRational = floatToRational

instance Fractional Float where
  (/) = primFloatDiv
  recip x = primFloatDiv 1 x
  fromRational (n :% d) = rationalToFloat n d

instance Floating Float where
  pi = 3.141592653589793
  exp = primFloatExp
  log = primFloatLog
  sqrt = primFloatSqrt
  (**) = primFloatPow
  logBase b x = log x / log b
  sin = primFloatSin
  cos = primFloatCos
  tan = primFloatTan
  asin = primFloatAsin
  acos = primFloatAcos
  atan = primFloatAtan
  sinh = primFloatSinh
  cosh = primFloatCosh
  tanh = primFloatTanh
  asinh = primFloatAsinh
  acosh = primFloatAcosh
  atanh = primFloatAtanh

instance RealFrac Float where
  properFraction x
    | primFloatIsNaN x || primFloatIsInfinite x = decodedProperFraction x
    | otherwise = (fromInteger n, if f == 0 then 0 else f)
    where
      n = primFloatToInteger x
      f = x - primIntegerToFloat n
  truncate x
    | primFloatIsNaN x || primFloatIsInfinite x = fst (decodedProperFraction x)
    | otherwise = fromInteger (primFloatToInteger x)

instance RealFloat Float where
  floatRadix _ = 2
  floatDigits _ = 24
  floatRange _ = (-125, 128)
  decodeFloat = primFloatDecode
  encodeFloat = primFloatEncode
  isNaN = primFloatIsNaN
  isInfinite = primFloatIsInfinite
  isDenormalized = primFloatIsDenormalized
  isNegativeZero = primFloatIsNegativeZero
  isIEEE _ = True

instance Enum Float where
  succ x = x + 1
  pred x = x - 1
  toEnum = primIntToFloat
  fromEnum x = primIntegerToInt (truncate x)
  enumFrom = numericEnumFrom
  enumFromThen = numericEnumFromThen
  enumFromTo = numericEnumFromTo
  enumFromThenTo = numericEnumFromThenTo

------------------------------------------------------------------------------
-- Semigroup and Monoid

class Semigroup a where
  (<>) :: a -> a -> a

class Semigroup a => Monoid a where
  mempty :: a
  mappend :: a -> a -> a
  mconcat :: [a] -> a
  mappend = (<>)
  mconcat xs = foldr mappend mempty xs

instance Semigroup [a] where
  (<>) = (++)

instance Monoid [a] where
  mempty = []
  mconcat xss = [x | xs <- xss, x <- xs]

instance Semigroup Ordering where
  LT <> _ = LT
  EQ <> y = y
  GT <> _ = GT

instance Monoid Ordering where
  mempty = EQ

instance Semigroup () where
  _ <> _ = ()

instance Monoid () where
  mempty = ()

instance Semigroup a => Semigroup (Maybe a) where
  Nothing <> y = y
  x <> Nothing = x
  Just x <> Just y = Just (x <> y)

instance Semigroup a => Monoid (Maybe a) where
  mempty = Nothing

instance Semigroup (Either a b) where
  Left _ <> y = y
  x <> _ = x

instance Semigroup b => Semigroup (a -> b) where
  f <> g = \x -> f x <> g x

instance Monoid b => Monoid (a -> b) where
  mempty = \_ -> mempty

instance (Semigroup a, Semigroup b) => Semigroup (a, b) where
  (a, b) <> (a', b') = (a <> a', b <> b')

instance (Monoid a, Monoid b) => Monoid (a, b) where
  mempty = (mempty, mempty)

instance (Semigroup a, Semigroup b, Semigroup c) => Semigroup (a, b, c) where
  (a, b, c) <> (a', b', c') = (a <> a', b <> b', c <> c')

instance (Monoid a, Monoid b, Monoid c) => Monoid (a, b, c) where
  mempty = (mempty, mempty, mempty)

instance (Semigroup a, Semigroup b, Semigroup c, Semigroup d) => Semigroup (a, b, c, d) where
  (a, b, c, d) <> (a', b', c', d') = (a <> a', b <> b', c <> c', d <> d')

instance (Monoid a, Monoid b, Monoid c, Monoid d) => Monoid (a, b, c, d) where
  mempty = (mempty, mempty, mempty, mempty)

instance (Semigroup a, Semigroup b, Semigroup c, Semigroup d, Semigroup e)
    => Semigroup (a, b, c, d, e) where
  (a, b, c, d, e) <> (a', b', c', d', e') = (a <> a', b <> b', c <> c', d <> d', e <> e')

instance (Monoid a, Monoid b, Monoid c, Monoid d, Monoid e) => Monoid (a, b, c, d, e) where
  mempty = (mempty, mempty, mempty, mempty, mempty)

instance Semigroup a => Semigroup (IO a) where
  x <> y = liftA2 (<>) x y

instance Monoid a => Monoid (IO a) where
  mempty = primReturnIO mempty

-- Function composition as a monoid (base's Endo), for Foldable's defaults.
newtype Endo b = Endo (b -> b)

appEndo :: Endo b -> b -> b
appEndo (Endo f) = f

instance Semigroup (Endo b) where
  Endo f <> Endo g = Endo (f . g)

instance Monoid (Endo b) where
  mempty = Endo id

------------------------------------------------------------------------------
-- Functor, Applicative, Monad

class Functor f where
  fmap :: (a -> b) -> f a -> f b
  (<$) :: a -> f b -> f a
  (<$) = fmap . const

(<$>) :: Functor f => (a -> b) -> f a -> f b
(<$>) = fmap

class Functor f => Applicative f where
  pure :: a -> f a
  (<*>) :: f (a -> b) -> f a -> f b
  liftA2 :: (a -> b -> c) -> f a -> f b -> f c
  (*>) :: f a -> f b -> f b
  (<*) :: f a -> f b -> f a
  (<*>) = liftA2 id
  liftA2 f x y = fmap f x <*> y
  a *> b = (id <$ a) <*> b
  a <* b = liftA2 const a b

class Applicative m => Monad m where
  (>>=) :: m a -> (a -> m b) -> m b
  (>>) :: m a -> m b -> m b
  return :: a -> m a
  m >> k = m >>= \_ -> k
  return = pure

class Monad m => MonadFail m where
  fail :: String -> m a

(=<<) :: Monad m => (a -> m b) -> m a -> m b
f =<< m = m >>= f

instance Functor [] where
  fmap = map

instance Applicative [] where
  pure x = [x]
  fs <*> xs = [f x | f <- fs, x <- xs]
  liftA2 f xs ys = [f x y | x <- xs, y <- ys]
  xs *> ys = [y | _ <- xs, y <- ys]

instance Monad [] where
  xs >>= f = [y | x <- xs, y <- f x]
  (>>) = (*>)

instance MonadFail [] where
  fail _ = []

instance Functor Maybe where
  fmap _ Nothing = Nothing
  fmap f (Just x) = Just (f x)

instance Applicative Maybe where
  pure = Just
  Just f <*> m = fmap f m
  Nothing <*> _ = Nothing
  liftA2 f (Just x) (Just y) = Just (f x y)
  liftA2 _ _ _ = Nothing
  Just _ *> m = m
  Nothing *> _ = Nothing

instance Monad Maybe where
  Just x >>= k = k x
  Nothing >>= _ = Nothing
  (>>) = (*>)

instance MonadFail Maybe where
  fail _ = Nothing

instance Functor (Either e) where
  fmap _ (Left e) = Left e
  fmap f (Right x) = Right (f x)

instance Applicative (Either e) where
  pure = Right
  Left e <*> _ = Left e
  Right f <*> r = fmap f r

instance Monad (Either e) where
  Left e >>= _ = Left e
  Right x >>= k = k x

instance Functor IO where
  fmap f m = primBindIO m (\x -> primReturnIO (f x))

instance Applicative IO where
  pure = primReturnIO
  mf <*> mx = primBindIO mf (\f -> primBindIO mx (\x -> primReturnIO (f x)))
  liftA2 f mx my = primBindIO mx (\x -> primBindIO my (\y -> primReturnIO (f x y)))
  m *> k = primBindIO m (\_ -> k)
  m <* k = primBindIO m (\x -> primBindIO k (\_ -> primReturnIO x))

instance Monad IO where
  (>>=) = primBindIO
  m >> k = primBindIO m (\_ -> k)

instance MonadFail IO where
  fail s = primIOError (primUserError s)

instance Functor ((->) r) where
  fmap = (.)

instance Applicative ((->) r) where
  pure = const
  f <*> g = \x -> f x (g x)
  liftA2 q f g = \x -> q (f x) (g x)

instance Monad ((->) r) where
  f >>= k = \r -> k (f r) r

instance Functor ((,) a) where
  fmap f (x, y) = (x, f y)

instance Monoid a => Applicative ((,) a) where
  pure x = (mempty, x)
  (u, f) <*> (v, x) = (u <> v, f x)
  liftA2 f (u, x) (v, y) = (u <> v, f x y)

instance Monoid a => Monad ((,) a) where
  (u, a) >>= k = case k a of (v, b) -> (u <> v, b)

------------------------------------------------------------------------------
-- Foldable and Traversable

class Foldable t where
  foldMap :: Monoid m => (a -> m) -> t a -> m
  foldr :: (a -> b -> b) -> b -> t a -> b
  foldl :: (b -> a -> b) -> b -> t a -> b
  foldr1 :: (a -> a -> a) -> t a -> a
  foldl1 :: (a -> a -> a) -> t a -> a
  null :: t a -> Bool
  length :: t a -> Int
  elem :: Eq a => a -> t a -> Bool
  maximum :: Ord a => t a -> a
  minimum :: Ord a => t a -> a
  sum :: Num a => t a -> a
  product :: Num a => t a -> a
  foldMap f = foldr (\x acc -> f x `mappend` acc) mempty
  foldr f z t = appEndo (foldMap (\x -> Endo (f x)) t) z
  foldl f z t = foldr (\x k acc -> k (f acc x)) id t z
  foldr1 f t = fromMaybeEmpty "foldr1: empty structure" (foldr step Nothing t)
    where step x m = Just (case m of { Nothing -> x; Just y -> f x y })
  foldl1 f t = fromMaybeEmpty "foldl1: empty structure" (foldl step Nothing t)
    where step m y = Just (case m of { Nothing -> y; Just x -> f x y })
  null = foldr (\_ _ -> False) True
  length = foldlStrict (\c _ -> c + 1) 0
  elem x = foldr (\y r -> x == y || r) False
  maximum t = fromMaybeEmpty "maximum: empty structure" (foldlStrict step Nothing t)
    where step m y = Just (case m of { Nothing -> y; Just x -> max x y })
  minimum t = fromMaybeEmpty "minimum: empty structure" (foldlStrict step Nothing t)
    where step m y = Just (case m of { Nothing -> y; Just x -> min x y })
  sum = foldlStrict (+) (fromInteger 0)
  product = foldlStrict (*) (fromInteger 1)

fromMaybeEmpty :: [Char] -> Maybe a -> a
fromMaybeEmpty msg Nothing = errorWithoutStackTrace msg
fromMaybeEmpty _ (Just x) = x

-- A left fold that evaluates the accumulator at each step (base's foldl').
foldlStrict :: Foldable t => (b -> a -> b) -> b -> t a -> b
foldlStrict f z0 t = foldr (\x k z -> k $! f z x) id t z0

class (Functor t, Foldable t) => Traversable t where
  traverse :: Applicative f => (a -> f b) -> t a -> f (t b)
  sequenceA :: Applicative f => t (f a) -> f (t a)
  mapM :: Monad m => (a -> m b) -> t a -> m (t b)
  sequence :: Monad m => t (m a) -> m (t a)
  traverse f t = sequenceA (fmap f t)
  sequenceA = traverse id
  mapM = traverse
  sequence = sequenceA

emptyListError :: [Char] -> a
emptyListError fun = errorWithoutStackTrace ("Prelude." ++ fun ++ ": empty list")

instance Foldable [] where
  foldMap f xs = mconcat (map f xs)
  foldr f z xs = go xs
    where
      go [] = z
      go (y : ys) = f y (go ys)
  foldl f z0 xs0 = go z0 xs0
    where
      go z [] = z
      go z (y : ys) = go (f z y) ys
  foldr1 f xs0 = case xs0 of
      [] -> emptyListError "foldr1"
      (x : xs) -> go x xs
    where
      go x [] = x
      go x (y : ys) = f x (go y ys)
  foldl1 f xs0 = case xs0 of
    [] -> emptyListError "foldl1"
    (x : xs) -> foldl f x xs
  null [] = True
  null (_ : _) = False
  length xs0 = go 0 xs0
    where
      go :: Int -> [b] -> Int
      go n [] = n
      go n (_ : ys) = let n' = n + 1 in n' `seq` go n' ys
  elem x xs = any (== x) xs
  maximum [] = emptyListError "maximum"
  maximum (x : xs) = strictFoldl max x xs
  minimum [] = emptyListError "minimum"
  minimum (x : xs) = strictFoldl min x xs
  sum xs = strictFoldl (+) (fromInteger 0) xs
  product xs = strictFoldl (*) (fromInteger 1) xs

-- foldl' on lists.
strictFoldl :: (b -> a -> b) -> b -> [a] -> b
strictFoldl f z0 xs0 = go z0 xs0
  where
    go z [] = z
    go z (x : xs) = let z' = f z x in z' `seq` go z' xs

instance Traversable [] where
  traverse f xs = foldr (\x ys -> liftA2 (:) (f x) ys) (pure []) xs

instance Foldable Maybe where
  foldMap _ Nothing = mempty
  foldMap f (Just x) = f x
  foldr _ z Nothing = z
  foldr f z (Just x) = f x z
  foldl _ z Nothing = z
  foldl f z (Just x) = f z x
  null Nothing = True
  null (Just _) = False
  length Nothing = 0
  length (Just _) = 1

instance Traversable Maybe where
  traverse _ Nothing = pure Nothing
  traverse f (Just x) = fmap Just (f x)

instance Foldable (Either a) where
  foldMap _ (Left _) = mempty
  foldMap f (Right y) = f y
  foldr _ z (Left _) = z
  foldr f z (Right y) = f y z
  null (Left _) = True
  null (Right _) = False
  length (Left _) = 0
  length (Right _) = 1

instance Traversable (Either a) where
  traverse _ (Left x) = pure (Left x)
  traverse f (Right y) = fmap Right (f y)

instance Foldable ((,) a) where
  foldMap f (_, y) = f y
  foldr f z (_, y) = f y z
  null _ = False
  length _ = 1

instance Traversable ((,) a) where
  traverse f (x, y) = fmap (\y' -> (x, y')) (f y)

mapM_ :: (Foldable t, Monad m) => (a -> m b) -> t a -> m ()
mapM_ f t = foldr (\x k -> f x >> k) (return ()) t

sequence_ :: (Foldable t, Monad m) => t (m a) -> m ()
sequence_ t = foldr (\m k -> m >> k) (return ()) t

and :: Foldable t => t Bool -> Bool
and t = foldr (&&) True t

or :: Foldable t => t Bool -> Bool
or t = foldr (||) False t

any :: Foldable t => (a -> Bool) -> t a -> Bool
any p t = foldr (\x r -> p x || r) False t

all :: Foldable t => (a -> Bool) -> t a -> Bool
all p t = foldr (\x r -> p x && r) True t

concat :: Foldable t => t [a] -> [a]
concat t = foldr (++) [] t

concatMap :: Foldable t => (a -> [b]) -> t a -> [b]
concatMap f t = foldr (\x r -> f x ++ r) [] t

notElem :: (Foldable t, Eq a) => a -> t a -> Bool
notElem x t = not (elem x t)

------------------------------------------------------------------------------
-- Lists

map :: (a -> b) -> [a] -> [b]
map _ [] = []
map f (x : xs) = f x : map f xs

(++) :: [a] -> [a] -> [a]
[] ++ ys = ys
(x : xs) ++ ys = x : (xs ++ ys)

filter :: (a -> Bool) -> [a] -> [a]
filter _ [] = []
filter p (x : xs) = if p x then x : filter p xs else filter p xs

head :: [a] -> a
head (x : _) = x
head [] = emptyListError "head"

last :: [a] -> a
last [] = emptyListError "last"
last (x : xs) = go x xs
  where
    go y [] = y
    go _ (y : ys) = go y ys

tail :: [a] -> [a]
tail (_ : xs) = xs
tail [] = emptyListError "tail"

init :: [a] -> [a]
init [] = emptyListError "init"
init (x : xs) = go x xs
  where
    go _ [] = []
    go y (z : zs) = y : go z zs

(!!) :: [a] -> Int -> a
xs0 !! n0 = if n0 < 0 then errorWithoutStackTrace "Prelude.!!: negative index" else go xs0 n0
  where
    go :: [b] -> Int -> b
    go [] _ = errorWithoutStackTrace "Prelude.!!: index too large"
    go (x : xs) n = if n == 0 then x else go xs (n - 1)

reverse :: [a] -> [a]
reverse l = go l []
  where
    go [] acc = acc
    go (x : xs) acc = go xs (x : acc)

scanl :: (b -> a -> b) -> b -> [a] -> [b]
scanl f q ls = q : (case ls of
  [] -> []
  x : xs -> scanl f (f q x) xs)

scanl1 :: (a -> a -> a) -> [a] -> [a]
scanl1 f (x : xs) = scanl f x xs
scanl1 _ [] = []

scanr :: (a -> b -> b) -> b -> [a] -> [b]
scanr _ q0 [] = [q0]
scanr f q0 (x : xs) = case scanr f q0 xs of
  qs@(q : _) -> f x q : qs
  [] -> []

scanr1 :: (a -> a -> a) -> [a] -> [a]
scanr1 _ [] = []
scanr1 _ [x] = [x]
scanr1 f (x : xs) = case scanr1 f xs of
  qs@(q : _) -> f x q : qs
  [] -> []

iterate :: (a -> a) -> a -> [a]
iterate f x = x : iterate f (f x)

repeat :: a -> [a]
repeat x = xs where xs = x : xs

replicate :: Int -> a -> [a]
replicate n x = take n (repeat x)

cycle :: [a] -> [a]
cycle [] = emptyListError "cycle"
cycle xs = ys where ys = xs ++ ys

take :: Int -> [a] -> [a]
take n xs = if n <= 0 then [] else case xs of
  [] -> []
  y : ys -> y : take (n - 1) ys

drop :: Int -> [a] -> [a]
drop n xs = if n <= 0 then xs else case xs of
  [] -> []
  _ : ys -> drop (n - 1) ys

splitAt :: Int -> [a] -> ([a], [a])
splitAt n xs = (take n xs, drop n xs)

takeWhile :: (a -> Bool) -> [a] -> [a]
takeWhile _ [] = []
takeWhile p (x : xs) = if p x then x : takeWhile p xs else []

dropWhile :: (a -> Bool) -> [a] -> [a]
dropWhile _ [] = []
dropWhile p xs@(x : xs') = if p x then dropWhile p xs' else xs

span :: (a -> Bool) -> [a] -> ([a], [a])
span _ [] = ([], [])
span p xs@(x : xs')
  | p x = let (ys, zs) = span p xs' in (x : ys, zs)
  | otherwise = ([], xs)

break :: (a -> Bool) -> [a] -> ([a], [a])
break p = span (not . p)

lookup :: Eq a => a -> [(a, b)] -> Maybe b
lookup _ [] = Nothing
lookup key ((k, v) : rest) = if key == k then Just v else lookup key rest

zip :: [a] -> [b] -> [(a, b)]
zip (a : xs) (b : ys) = (a, b) : zip xs ys
zip _ _ = []

zip3 :: [a] -> [b] -> [c] -> [(a, b, c)]
zip3 (a : xs) (b : ys) (c : zs) = (a, b, c) : zip3 xs ys zs
zip3 _ _ _ = []

zipWith :: (a -> b -> c) -> [a] -> [b] -> [c]
zipWith f (a : xs) (b : ys) = f a b : zipWith f xs ys
zipWith _ _ _ = []

zipWith3 :: (a -> b -> c -> d) -> [a] -> [b] -> [c] -> [d]
zipWith3 f (a : xs) (b : ys) (c : zs) = f a b c : zipWith3 f xs ys zs
zipWith3 _ _ _ _ = []

unzip :: [(a, b)] -> ([a], [b])
unzip = foldr (\(a, b) ~(xs, ys) -> (a : xs, b : ys)) ([], [])

unzip3 :: [(a, b, c)] -> ([a], [b], [c])
unzip3 = foldr (\(a, b, c) ~(xs, ys, zs) -> (a : xs, b : ys, c : zs)) ([], [], [])

lines :: String -> [String]
lines "" = []
lines s = l : (case rest of
    [] -> []
    _ : s' -> lines s')
  where (l, rest) = break (== '\n') s

words :: String -> [String]
words s = case dropWhile isSpace s of
  "" -> []
  s' -> let (w, s'') = break isSpace s' in w : words s''

unlines :: [String] -> String
unlines [] = []
unlines (l : ls) = l ++ '\n' : unlines ls

unwords :: [String] -> String
unwords [] = ""
unwords (w : ws) = w ++ go ws
  where
    go [] = ""
    go (v : vs) = ' ' : (v ++ go vs)

------------------------------------------------------------------------------
-- Characters (the parts the Prelude needs; Data.Char exports its own)

ord :: Char -> Int
ord = primCharToInt

chr :: Int -> Char
chr n = if n >= 0 && n <= 1114111
  then primIntToChar n
  else errorWithoutStackTrace ("Prelude.chr: bad argument: " ++ showsPrec 9 n "")

isSpace :: Char -> Bool
isSpace = primCharIsSpace

isDigit :: Char -> Bool
isDigit c = c >= '0' && c <= '9'

isOctDigit :: Char -> Bool
isOctDigit c = c >= '0' && c <= '7'

isHexDigit :: Char -> Bool
isHexDigit c = isDigit c || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')

digitValue :: Char -> Int
digitValue c
  | isDigit c = ord c - ord '0'
  | c >= 'a' && c <= 'f' = ord c - ord 'a' + 10
  | otherwise = ord c - ord 'A' + 10

------------------------------------------------------------------------------
-- Show

class Show a where
  showsPrec :: Int -> a -> ShowS
  show :: a -> String
  showList :: [a] -> ShowS
  showsPrec _ x s = show x ++ s
  show x = showsPrec 0 x ""
  showList xs s = showListWith shows xs s

shows :: Show a => a -> ShowS
shows = showsPrec 0

showChar :: Char -> ShowS
showChar = (:)

showString :: String -> ShowS
showString = (++)

showParen :: Bool -> ShowS -> ShowS
showParen b p = if b then showChar '(' . p . showChar ')' else p

-- "[x1,x2,...]" with the given function for the elements.
showListWith :: (a -> ShowS) -> [a] -> ShowS
showListWith _ [] s = "[]" ++ s
showListWith showx (x : xs) s = '[' : showx x (go xs)
  where
    go [] = ']' : s
    go (y : ys) = ',' : showx y (go ys)

-- A number in parentheses when it is negative and the context binds tighter
-- than prefix minus.
showSignedText :: Bool -> String -> Int -> ShowS
showSignedText negative text p s =
  if negative && p > 6 then '(' : text ++ (')' : s) else text ++ s

instance Show Int where
  showsPrec p n = showSignedText (n < 0) (primShowInt n) p
  show = primShowInt

instance Show Integer where
  showsPrec p n = showSignedText (n < 0) (primShowInteger n) p
  show = primShowInteger

instance Show Double where
  showsPrec p x = showSignedText (x < 0 || primDoubleIsNegativeZero x) (primShowDouble x) p

instance Show Float where
  showsPrec p x = showSignedText (x < 0 || primFloatIsNegativeZero x) (primShowFloat x) p

instance Show Char where
  showsPrec _ '\'' = showString "'\\''"
  showsPrec _ c = showChar '\'' . showLitChar c . showChar '\''
  showList cs = showChar '"' . showLitString cs . showChar '"'

-- The names of the control characters in escapes, by code.
asciiNames :: [String]
asciiNames =
  [ "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT"
  , "FF", "CR", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB"
  , "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US", "SP" ]

-- A character as it appears inside a literal; "\&" separates an escape from
-- a following character that would otherwise extend it ("\200\&1", "\SO\&H").
showLitChar :: Char -> ShowS
showLitChar c s
  | n > 127 = '\\' : protectEsc isDigit (primShowInt n) s
  | n == 127 = "\\DEL" ++ s
  | c == '\\' = "\\\\" ++ s
  | n >= 32 = c : s
  | n == 7 = "\\a" ++ s
  | n == 8 = "\\b" ++ s
  | n == 12 = "\\f" ++ s
  | n == 10 = "\\n" ++ s
  | n == 13 = "\\r" ++ s
  | n == 9 = "\\t" ++ s
  | n == 11 = "\\v" ++ s
  | n == 14 = protectEsc (== 'H') "\\SO" s
  | otherwise = '\\' : (asciiNames !! n ++ s)
  where n = ord c

protectEsc :: (Char -> Bool) -> String -> ShowS
protectEsc p esc s = esc ++ (case s of
  c : _ | p c -> "\\&" ++ s
  _ -> s)

showLitString :: String -> ShowS
showLitString [] s = s
showLitString ('"' : cs) s = "\\\"" ++ showLitString cs s
showLitString (c : cs) s = showLitChar c (showLitString cs s)

instance Show Bool where
  showsPrec _ False = showString "False"
  showsPrec _ True = showString "True"

instance Show Ordering where
  showsPrec _ LT = showString "LT"
  showsPrec _ EQ = showString "EQ"
  showsPrec _ GT = showString "GT"

instance Show () where
  showsPrec _ () = showString "()"

instance Show a => Show [a] where
  showsPrec _ = showList

instance Show a => Show (Maybe a) where
  showsPrec _ Nothing = showString "Nothing"
  showsPrec p (Just x) = showParen (p > 10) (showString "Just " . showsPrec 11 x)

instance (Show a, Show b) => Show (Either a b) where
  showsPrec p (Left x) = showParen (p > 10) (showString "Left " . showsPrec 11 x)
  showsPrec p (Right y) = showParen (p > 10) (showString "Right " . showsPrec 11 y)

-- "(x1,x2,...)"
showTuple :: [ShowS] -> ShowS
showTuple [] = showString "()"
showTuple (s : ss) = showChar '(' . s . go ss
  where
    go [] = showChar ')'
    go (t : ts) = showChar ',' . t . go ts

instance (Show a, Show b) => Show (a, b) where
  showsPrec _ (a, b) = showTuple [shows a, shows b]

instance (Show a, Show b, Show c) => Show (a, b, c) where
  showsPrec _ (a, b, c) = showTuple [shows a, shows b, shows c]

instance (Show a, Show b, Show c, Show d) => Show (a, b, c, d) where
  showsPrec _ (a, b, c, d) = showTuple [shows a, shows b, shows c, shows d]

instance (Show a, Show b, Show c, Show d, Show e) => Show (a, b, c, d, e) where
  showsPrec _ (a, b, c, d, e) = showTuple [shows a, shows b, shows c, shows d, shows e]

instance (Show a, Show b, Show c, Show d, Show e, Show f) => Show (a, b, c, d, e, f) where
  showsPrec _ (a, b, c, d, e, f) =
    showTuple [shows a, shows b, shows c, shows d, shows e, shows f]

instance (Show a, Show b, Show c, Show d, Show e, Show f, Show g)
    => Show (a, b, c, d, e, f, g) where
  showsPrec _ (a, b, c, d, e, f, g) =
    showTuple [shows a, shows b, shows c, shows d, shows e, shows f, shows g]

------------------------------------------------------------------------------
-- Read

class Read a where
  readsPrec :: Int -> ReadS a
  readList :: ReadS [a]
  readList = readParen False (readListBody reads)

reads :: Read a => ReadS a
reads = readsPrec 0

read :: Read a => String -> a
read s = case [x | (x, t) <- reads s, ("", "") <- lex t] of
  [x] -> x
  [] -> errorWithoutStackTrace "Prelude.read: no parse"
  _ -> errorWithoutStackTrace "Prelude.read: ambiguous parse"

-- g, optionally (b False) or necessarily (b True) in parentheses; any number
-- of further parentheses are allowed.
readParen :: Bool -> ReadS a -> ReadS a
readParen b g = if b then mandatory else optional
  where
    optional r = g r ++ mandatory r
    mandatory r = [(x, u) | ("(", s) <- lex r, (x, t) <- optional s, (")", u) <- lex t]

-- "[x1,x2,...]" (without surrounding parentheses).
readListBody :: ReadS a -> ReadS [a]
readListBody readx r = [pr | ("[", s) <- lex r, pr <- items s]
  where
    items s = [([], t) | ("]", t) <- lex s] ++
              [(x : xs, u) | (x, t) <- readx s, (xs, u) <- rest t]
    rest s = [([], t) | ("]", t) <- lex s] ++
             [(x : xs, v) | (",", t) <- lex s, (x, u) <- readx t, (xs, v) <- rest u]

-- The Haskell lexeme at the start of the input (after white space), as text;
-- ("", "") at the end of the input; nothing when no lexeme starts there.
lex :: ReadS String
lex s0 = case dropWhile isSpace s0 of
  [] -> [("", "")]
  s@(c : cs)
    | c == '\'' -> [(c : lit, t) | (lit, t) <- lexCharTail cs]
    | c == '"' -> [(c : lit, t) | (lit, t) <- lexStringTail cs]
    | c `elem` "()[]{},;`" -> [([c], cs)]
    | isSymbolChar c -> [span isSymbolChar s]
    | isAlphaChar c || c == '_' -> [span isIdentChar s]
    | isDigit c -> [lexNumber s]
    | otherwise -> []

isSymbolChar :: Char -> Bool
isSymbolChar c
  | c < '\128' = c `elem` "!#$%&*+./<=>?@\\^|-~:"
  | otherwise = cat == 11 || cat == 12 || (cat >= 17 && cat <= 21)
  where cat = primCharGeneralCategory c  -- punctuation and symbols, not brackets or quotes

isAlphaChar :: Char -> Bool
isAlphaChar = primCharIsAlpha

isIdentChar :: Char -> Bool
isIdentChar c = primCharIsAlphaNum c || c == '_' || c == '\''

-- After the opening quote of a character literal: the rest of its text.
lexCharTail :: String -> [(String, String)]
lexCharTail s = [(lit ++ "'", t) | (_, lit, '\'' : t) <- charBody s, lit /= "'"]

-- After the opening quote of a string literal: the rest of its text.
lexStringTail :: String -> [(String, String)]
lexStringTail s = case s of
  '"' : t -> [("\"", t)]
  '\\' : '&' : t -> [('\\' : '&' : lit, u) | (lit, u) <- lexStringTail t]
  '\\' : c : t | isSpace c -> case span isSpace t of
    (ws, '\\' : u) -> [('\\' : c : ws ++ '\\' : lit, v) | (lit, v) <- lexStringTail u]
    _ -> []
  _ -> [(lit ++ more, u) | (_, lit, t) <- charBody s, (more, u) <- lexStringTail t]

-- One character of a literal, plain or escaped: its value, its text and the
-- rest of the input.
charBody :: String -> [(Char, String, String)]
charBody s = case s of
  '\\' : t -> [(c, '\\' : lit, u) | (c, lit, u) <- escapeBody t]
  c : t | c /= '\n' -> [(c, [c], t)]
  _ -> []

-- After a backslash: an escape's value, text (without the backslash) and rest.
escapeBody :: String -> [(Char, String, String)]
escapeBody s = case s of
  c : t | c `elem` "abfnrtv\\\"'" -> [(simpleEscape c, [c], t)]
  '^' : c : t | c >= '@' && c <= '_' -> [(primIntToChar (ord c - 64), ['^', c], t)]
  'x' : t -> numericEscape 16 isHexDigit "x" t
  'o' : t -> numericEscape 8 isOctDigit "o" t
  c : _ | isDigit c -> numericEscape 10 isDigit "" s
  _ -> [(primIntToChar code, name, drop (length name) s) | (name, code) <- longestName]
  where
    -- \SOH, not \SO followed by H
    longestName = take 1 [(name, code) | (name, code) <- namedCodes, name `isPrefixOfString` s]

namedCodes :: [(String, Int)]
namedCodes = sortedByLength (zip asciiNames (intsFromTo 0 32) ++ [("DEL", 127)])
  where
    sortedByLength ns = [n | k <- [3, 2], n <- ns, length (fst n) == k]

isPrefixOfString :: String -> String -> Bool
isPrefixOfString [] _ = True
isPrefixOfString (_ : _) [] = False
isPrefixOfString (x : xs) (y : ys) = x == y && isPrefixOfString xs ys

simpleEscape :: Char -> Char
simpleEscape c = case c of
  'a' -> '\a'
  'b' -> '\b'
  'f' -> '\f'
  'n' -> '\n'
  'r' -> '\r'
  't' -> '\t'
  'v' -> '\v'
  _ -> c

numericEscape :: Integer -> (Char -> Bool) -> String -> String -> [(Char, String, String)]
numericEscape base isDig prefix s = case span isDig s of
  ([], _) -> []
  (ds, t) -> let v = digitsToInteger base ds in
    if v <= 1114111 then [(primIntToChar (primIntegerToInt v), prefix ++ ds, t)] else []

digitsToInteger :: Integer -> String -> Integer
digitsToInteger base = strictFoldl (\acc d -> acc * base + primIntToInteger (digitValue d)) 0

-- A number lexeme: decimal with optional fraction and exponent, or 0x/0o.
lexNumber :: String -> (String, String)
lexNumber s = case s of
  '0' : b : t | b `elem` "xX", (ds@(_ : _), u) <- span isHexDigit t -> ('0' : b : ds, u)
  '0' : b : t | b `elem` "oO", (ds@(_ : _), u) <- span isOctDigit t -> ('0' : b : ds, u)
  _ -> let (intPart, t) = span isDigit s
           (frac, u) = lexFraction t
           (ex, v) = lexExponent u
       in (intPart ++ frac ++ ex, v)
  where
    lexFraction ('.' : t@(d : _)) | isDigit d = let (ds, u) = span isDigit t in ('.' : ds, u)
    lexFraction t = ("", t)
    lexExponent (e : t) | e == 'e' || e == 'E' = case t of
      sign : u@(d : _) | (sign == '+' || sign == '-') && isDigit d ->
        let (ds, v) = span isDigit u in (e : sign : ds, v)
      d : _ | isDigit d -> let (ds, v) = span isDigit t in (e : ds, v)
      _ -> ("", e : t)
    lexExponent t = ("", t)

-- The value of an integer lexeme (decimal, 0x, 0o).
integerLexeme :: String -> Maybe Integer
integerLexeme s = case s of
  '0' : b : ds@(_ : _) | b `elem` "xX" && all isHexDigit ds -> Just (digitsToInteger 16 ds)
  '0' : b : ds@(_ : _) | b `elem` "oO" && all isOctDigit ds -> Just (digitsToInteger 8 ds)
  _ | not (null s) && all isDigit s -> Just (digitsToInteger 10 s)
  _ -> Nothing

-- The value of a number lexeme with a fraction or an exponent as a fraction.
rationalLexeme :: String -> Maybe Rational
rationalLexeme s = case integerLexeme s of
  Just n -> Just (n :% 1)
  Nothing -> case span isDigit s of
    (intPart@(_ : _), rest) ->
      let (frac, rest') = case rest of
            '.' : t -> span isDigit t
            _ -> ("", rest)
          ex = case rest' of
            [] -> Just 0
            e : t | e == 'e' || e == 'E' -> case t of
              '-' : ds -> fmap negate (digitsOnly ds)
              '+' : ds -> digitsOnly ds
              ds -> digitsOnly ds
            _ -> Nothing
          mantissa = digitsToInteger 10 (intPart ++ frac)
          scale x = x - primIntToInteger (length frac)
      in case ex of
           Just x | scale x >= 0 -> Just ((mantissa * 10 ^ scale x) :% 1)
                  | otherwise -> Just (reduce mantissa (10 ^ negate (scale x)))
           Nothing -> Nothing
    _ -> Nothing
  where
    digitsOnly ds = if not (null ds) && all isDigit ds then Just (digitsToInteger 10 ds) else Nothing

-- A number, perhaps negative, perhaps in parentheses (GHC reads "-3" in any
-- context, even as the argument of a constructor).
readNumber :: (String -> Maybe a) -> (a -> a) -> ReadS a
readNumber convert neg = readParen False body
  where
    body r = [(neg x, u) | ("-", s) <- lex r, (tok, u) <- lex s, Just x <- [convert tok]] ++
             [(x, s) | (tok, s) <- lex r, Just x <- [convert tok]]

floatLexeme :: RealFloat a => String -> Maybe a
floatLexeme "NaN" = Just (encodeFloat 0 0 / encodeFloat 0 0)
floatLexeme "Infinity" = Just (encodeFloat 1 0 / encodeFloat 0 0)
floatLexeme s = fmap (\(n :% d) -> rationalToFloat n d) (rationalLexeme s)

instance Read Int where
  readsPrec _ = readNumber (fmap primIntegerToInt . integerLexeme) negate

instance Read Integer where
  readsPrec _ = readNumber integerLexeme negate

instance Read Double where
  readsPrec _ = readNumber floatLexeme negate

instance Read Float where
  readsPrec _ = readNumber floatLexeme negate

instance Read Char where
  readsPrec _ = readParen False (\r ->
    [(c, t) | ('\'' : lit, t) <- lex r, (c, _, "'") <- charBody lit])
  readList = readParen False (\r ->
    [(str, t) | ('"' : lit, t) <- lex r, Just str <- [stringValue lit]] ++
    readListBody reads r)

-- The characters of a string literal's text (after the opening quote).
stringValue :: String -> Maybe String
stringValue s = case s of
  "\"" -> Just ""
  '\\' : '&' : t -> stringValue t
  '\\' : c : t | isSpace c -> case dropWhile isSpace t of
    '\\' : u -> stringValue u
    _ -> Nothing
  _ -> case charBody s of
    [(c, _, t)] -> fmap (c :) (stringValue t)
    _ -> Nothing

instance Read Bool where
  readsPrec _ = readParen False (\r ->
    [(False, t) | ("False", t) <- lex r] ++ [(True, t) | ("True", t) <- lex r])

instance Read Ordering where
  readsPrec _ = readParen False (\r ->
    [(LT, t) | ("LT", t) <- lex r] ++ [(EQ, t) | ("EQ", t) <- lex r] ++
    [(GT, t) | ("GT", t) <- lex r])

instance Read () where
  readsPrec _ = readParen False (\r -> [((), t) | ("(", s) <- lex r, (")", t) <- lex s])

instance Read a => Read [a] where
  readsPrec _ = readList

instance Read a => Read (Maybe a) where
  readsPrec p r =
    readParen False (\s -> [(Nothing, t) | ("Nothing", t) <- lex s]) r ++
    readParen (p > 10) (\s -> [(Just x, u) | ("Just", t) <- lex s, (x, u) <- readsPrec 11 t]) r

instance (Read a, Read b) => Read (Either a b) where
  readsPrec p = readParen (p > 10) (\r ->
    [(Left x, u) | ("Left", t) <- lex r, (x, u) <- readsPrec 11 t] ++
    [(Right y, u) | ("Right", t) <- lex r, (y, u) <- readsPrec 11 t])

-- "(" x1 "," x2 ... ")" for a tuple with the given readers of the components
-- in order, each producing its value in a list for the caller to take apart.
readTupleBody :: ReadS a -> (a -> ReadS b) -> ReadS b
readTupleBody first next r = [res | ("(", s) <- lex r, (x, t) <- first s, res <- next x t]

readComma :: ReadS a -> ReadS a
readComma rd r = [res | (",", s) <- lex r, res <- rd s]

readClose :: a -> ReadS a
readClose x r = [(x, s) | (")", s) <- lex r]

instance (Read a, Read b) => Read (a, b) where
  readsPrec _ = readParen False (readTupleBody reads (\a ->
    readComma reads `andThen` \b -> readClose (a, b)))

instance (Read a, Read b, Read c) => Read (a, b, c) where
  readsPrec _ = readParen False (readTupleBody reads (\a ->
    readComma reads `andThen` \b -> readComma reads `andThen` \c -> readClose (a, b, c)))

instance (Read a, Read b, Read c, Read d) => Read (a, b, c, d) where
  readsPrec _ = readParen False (readTupleBody reads (\a ->
    readComma reads `andThen` \b -> readComma reads `andThen` \c ->
    readComma reads `andThen` \d -> readClose (a, b, c, d)))

instance (Read a, Read b, Read c, Read d, Read e) => Read (a, b, c, d, e) where
  readsPrec _ = readParen False (readTupleBody reads (\a ->
    readComma reads `andThen` \b -> readComma reads `andThen` \c ->
    readComma reads `andThen` \d -> readComma reads `andThen` \e ->
    readClose (a, b, c, d, e)))

instance (Read a, Read b, Read c, Read d, Read e, Read f) => Read (a, b, c, d, e, f) where
  readsPrec _ = readParen False (readTupleBody reads (\a ->
    readComma reads `andThen` \b -> readComma reads `andThen` \c ->
    readComma reads `andThen` \d -> readComma reads `andThen` \e ->
    readComma reads `andThen` \f -> readClose (a, b, c, d, e, f)))

instance (Read a, Read b, Read c, Read d, Read e, Read f, Read g)
    => Read (a, b, c, d, e, f, g) where
  readsPrec _ = readParen False (readTupleBody reads (\a ->
    readComma reads `andThen` \b -> readComma reads `andThen` \c ->
    readComma reads `andThen` \d -> readComma reads `andThen` \e ->
    readComma reads `andThen` \f -> readComma reads `andThen` \g ->
    readClose (a, b, c, d, e, f, g)))

-- Sequencing of readers: read an x, then continue with it.
andThen :: ReadS a -> (a -> ReadS b) -> ReadS b
andThen rd k r = [res | (x, s) <- rd r, res <- k x s]

infixr 1 `andThen`

------------------------------------------------------------------------------
-- Tuples of 8 to 15 components (as many as base has instances for)

instance (Eq a, Eq b, Eq c, Eq d, Eq e, Eq f, Eq g, Eq h)
    => Eq (a, b, c, d, e, f, g, h) where
  (a, b, c, d, e, f, g, h) == (a', b', c', d', e', f', g', h') =
    a == a' && b == b' && c == c' && d == d' && e == e' && f == f' && g == g' && h == h'

-- As the pairs (a, (b, (c, ...))) compare.
nestTuple8
  :: (a, b, c, d, e, f, g, h)
  -> (a, (b, (c, (d, (e, (f, (g, h)))))))
nestTuple8 (a, b, c, d, e, f, g, h) =
  (a, (b, (c, (d, (e, (f, (g, h)))))))

instance (Ord a, Ord b, Ord c, Ord d, Ord e, Ord f, Ord g, Ord h)
    => Ord (a, b, c, d, e, f, g, h) where
  compare x y = compare (nestTuple8 x) (nestTuple8 y)
  x < y = nestTuple8 x < nestTuple8 y
  x <= y = nestTuple8 x <= nestTuple8 y
  x > y = nestTuple8 x > nestTuple8 y
  x >= y = nestTuple8 x >= nestTuple8 y

instance (Show a, Show b, Show c, Show d, Show e, Show f, Show g, Show h)
    => Show (a, b, c, d, e, f, g, h) where
  showsPrec _ (a, b, c, d, e, f, g, h) =
    showTuple [shows a, shows b, shows c, shows d, shows e, shows f, shows g, shows h]

instance (Read a, Read b, Read c, Read d, Read e, Read f, Read g, Read h)
    => Read (a, b, c, d, e, f, g, h) where
  readsPrec _ = readParen False (readTupleBody reads (\a ->
    readComma reads `andThen` \b -> readComma reads `andThen` \c -> readComma reads `andThen` \d ->
    readComma reads `andThen` \e -> readComma reads `andThen` \f -> readComma reads `andThen` \g ->
    readComma reads `andThen` \h ->
    readClose (a, b, c, d, e, f, g, h)))

instance (Bounded a, Bounded b, Bounded c, Bounded d, Bounded e, Bounded f, Bounded g,
    Bounded h)
    => Bounded (a, b, c, d, e, f, g, h) where
  minBound = (minBound, minBound, minBound, minBound, minBound, minBound, minBound,
    minBound)
  maxBound = (maxBound, maxBound, maxBound, maxBound, maxBound, maxBound, maxBound,
    maxBound)

instance (Eq a, Eq b, Eq c, Eq d, Eq e, Eq f, Eq g, Eq h, Eq i)
    => Eq (a, b, c, d, e, f, g, h, i) where
  (a, b, c, d, e, f, g, h, i) == (a', b', c', d', e', f', g', h', i') =
    a == a' && b == b' && c == c' && d == d' && e == e' && f == f' && g == g' && h == h'
      && i == i'

-- As the pairs (a, (b, (c, ...))) compare.
nestTuple9
  :: (a, b, c, d, e, f, g, h, i)
  -> (a, (b, (c, (d, (e, (f, (g, (h, i))))))))
nestTuple9 (a, b, c, d, e, f, g, h, i) =
  (a, (b, (c, (d, (e, (f, (g, (h, i))))))))

instance (Ord a, Ord b, Ord c, Ord d, Ord e, Ord f, Ord g, Ord h, Ord i)
    => Ord (a, b, c, d, e, f, g, h, i) where
  compare x y = compare (nestTuple9 x) (nestTuple9 y)
  x < y = nestTuple9 x < nestTuple9 y
  x <= y = nestTuple9 x <= nestTuple9 y
  x > y = nestTuple9 x > nestTuple9 y
  x >= y = nestTuple9 x >= nestTuple9 y

instance (Show a, Show b, Show c, Show d, Show e, Show f, Show g, Show h, Show i)
    => Show (a, b, c, d, e, f, g, h, i) where
  showsPrec _ (a, b, c, d, e, f, g, h, i) =
    showTuple [shows a, shows b, shows c, shows d, shows e, shows f, shows g, shows h,
      shows i]

instance (Read a, Read b, Read c, Read d, Read e, Read f, Read g, Read h, Read i)
    => Read (a, b, c, d, e, f, g, h, i) where
  readsPrec _ = readParen False (readTupleBody reads (\a ->
    readComma reads `andThen` \b -> readComma reads `andThen` \c -> readComma reads `andThen` \d ->
    readComma reads `andThen` \e -> readComma reads `andThen` \f -> readComma reads `andThen` \g ->
    readComma reads `andThen` \h -> readComma reads `andThen` \i ->
    readClose (a, b, c, d, e, f, g, h, i)))

instance (Bounded a, Bounded b, Bounded c, Bounded d, Bounded e, Bounded f, Bounded g,
    Bounded h, Bounded i)
    => Bounded (a, b, c, d, e, f, g, h, i) where
  minBound = (minBound, minBound, minBound, minBound, minBound, minBound, minBound, minBound,
    minBound)
  maxBound = (maxBound, maxBound, maxBound, maxBound, maxBound, maxBound, maxBound, maxBound,
    maxBound)

instance (Eq a, Eq b, Eq c, Eq d, Eq e, Eq f, Eq g, Eq h, Eq i, Eq j)
    => Eq (a, b, c, d, e, f, g, h, i, j) where
  (a, b, c, d, e, f, g, h, i, j) == (a', b', c', d', e', f', g', h', i', j') =
    a == a' && b == b' && c == c' && d == d' && e == e' && f == f' && g == g' && h == h'
      && i == i' && j == j'

-- As the pairs (a, (b, (c, ...))) compare.
nestTuple10
  :: (a, b, c, d, e, f, g, h, i, j)
  -> (a, (b, (c, (d, (e, (f, (g, (h, (i, j)))))))))
nestTuple10 (a, b, c, d, e, f, g, h, i, j) =
  (a, (b, (c, (d, (e, (f, (g, (h, (i, j)))))))))

instance (Ord a, Ord b, Ord c, Ord d, Ord e, Ord f, Ord g, Ord h, Ord i, Ord j)
    => Ord (a, b, c, d, e, f, g, h, i, j) where
  compare x y = compare (nestTuple10 x) (nestTuple10 y)
  x < y = nestTuple10 x < nestTuple10 y
  x <= y = nestTuple10 x <= nestTuple10 y
  x > y = nestTuple10 x > nestTuple10 y
  x >= y = nestTuple10 x >= nestTuple10 y

instance (Show a, Show b, Show c, Show d, Show e, Show f, Show g, Show h, Show i, Show j)
    => Show (a, b, c, d, e, f, g, h, i, j) where
  showsPrec _ (a, b, c, d, e, f, g, h, i, j) =
    showTuple [shows a, shows b, shows c, shows d, shows e, shows f, shows g, shows h,
      shows i, shows j]

instance (Read a, Read b, Read c, Read d, Read e, Read f, Read g, Read h, Read i, Read j)
    => Read (a, b, c, d, e, f, g, h, i, j) where
  readsPrec _ = readParen False (readTupleBody reads (\a ->
    readComma reads `andThen` \b -> readComma reads `andThen` \c -> readComma reads `andThen` \d ->
    readComma reads `andThen` \e -> readComma reads `andThen` \f -> readComma reads `andThen` \g ->
    readComma reads `andThen` \h -> readComma reads `andThen` \i -> readComma reads `andThen` \j ->
    readClose (a, b, c, d, e, f, g, h, i, j)))

instance (Bounded a, Bounded b, Bounded c, Bounded d, Bounded e, Bounded f, Bounded g,
    Bounded h, Bounded i, Bounded j)
    => Bounded (a, b, c, d, e, f, g, h, i, j) where
  minBound = (minBound, minBound, minBound, minBound, minBound, minBound, minBound, minBound,
    minBound, minBound)
  maxBound = (maxBound, maxBound, maxBound, maxBound, maxBound, maxBound, maxBound, maxBound,
    maxBound, maxBound)

instance (Eq a, Eq b, Eq c, Eq d, Eq e, Eq f, Eq g, Eq h, Eq i, Eq j, Eq k)
    => Eq (a, b, c, d, e, f, g, h, i, j, k) where
  (a, b, c, d, e, f, g, h, i, j, k) == (a', b', c', d', e', f', g', h', i', j', k') =
    a == a' && b == b' && c == c' && d == d' && e == e' && f == f' && g == g' && h == h'
      && i == i' && j == j' && k == k'

-- As the pairs (a, (b, (c, ...))) compare.
nestTuple11
  :: (a, b, c, d, e, f, g, h, i, j, k)
  -> (a, (b, (c, (d, (e, (f, (g, (h, (i, (j, k))))))))))
nestTuple11 (a, b, c, d, e, f, g, h, i, j, k) =
  (a, (b, (c, (d, (e, (f, (g, (h, (i, (j, k))))))))))

instance (Ord a, Ord b, Ord c, Ord d, Ord e, Ord f, Ord g, Ord h, Ord i, Ord j, Ord k)
    => Ord (a, b, c, d, e, f, g, h, i, j, k) where
  compare x y = compare (nestTuple11 x) (nestTuple11 y)
  x < y = nestTuple11 x < nestTuple11 y
  x <= y = nestTuple11 x <= nestTuple11 y
  x > y = nestTuple11 x > nestTuple11 y
  x >= y = nestTuple11 x >= nestTuple11 y

instance (Show a, Show b, Show c, Show d, Show e, Show f, Show g, Show h, Show i, Show j,
    Show k)
    => Show (a, b, c, d, e, f, g, h, i, j, k) where
  showsPrec _ (a, b, c, d, e, f, g, h, i, j, k) =
    showTuple [shows a, shows b, shows c, shows d, shows e, shows f, shows g, shows h,
      shows i, shows j, shows k]

instance (Read a, Read b, Read c, Read d, Read e, Read f, Read g, Read h, Read i, Read j,
    Read k)
    => Read (a, b, c, d, e, f, g, h, i, j, k) where
  readsPrec _ = readParen False (readTupleBody reads (\a ->
    readComma reads `andThen` \b -> readComma reads `andThen` \c -> readComma reads `andThen` \d ->
    readComma reads `andThen` \e -> readComma reads `andThen` \f -> readComma reads `andThen` \g ->
    readComma reads `andThen` \h -> readComma reads `andThen` \i -> readComma reads `andThen` \j ->
    readComma reads `andThen` \k ->
    readClose (a, b, c, d, e, f, g, h, i, j, k)))

instance (Bounded a, Bounded b, Bounded c, Bounded d, Bounded e, Bounded f, Bounded g,
    Bounded h, Bounded i, Bounded j, Bounded k)
    => Bounded (a, b, c, d, e, f, g, h, i, j, k) where
  minBound = (minBound, minBound, minBound, minBound, minBound, minBound, minBound, minBound,
    minBound, minBound, minBound)
  maxBound = (maxBound, maxBound, maxBound, maxBound, maxBound, maxBound, maxBound, maxBound,
    maxBound, maxBound, maxBound)

instance (Eq a, Eq b, Eq c, Eq d, Eq e, Eq f, Eq g, Eq h, Eq i, Eq j, Eq k, Eq l)
    => Eq (a, b, c, d, e, f, g, h, i, j, k, l) where
  (a, b, c, d, e, f, g, h, i, j, k, l) == (a', b', c', d', e', f', g', h', i', j', k', l') =
    a == a' && b == b' && c == c' && d == d' && e == e' && f == f' && g == g' && h == h'
      && i == i' && j == j' && k == k' && l == l'

-- As the pairs (a, (b, (c, ...))) compare.
nestTuple12
  :: (a, b, c, d, e, f, g, h, i, j, k, l)
  -> (a, (b, (c, (d, (e, (f, (g, (h, (i, (j, (k, l)))))))))))
nestTuple12 (a, b, c, d, e, f, g, h, i, j, k, l) =
  (a, (b, (c, (d, (e, (f, (g, (h, (i, (j, (k, l)))))))))))

instance (Ord a, Ord b, Ord c, Ord d, Ord e, Ord f, Ord g, Ord h, Ord i, Ord j, Ord k,
    Ord l)
    => Ord (a, b, c, d, e, f, g, h, i, j, k, l) where
  compare x y = compare (nestTuple12 x) (nestTuple12 y)
  x < y = nestTuple12 x < nestTuple12 y
  x <= y = nestTuple12 x <= nestTuple12 y
  x > y = nestTuple12 x > nestTuple12 y
  x >= y = nestTuple12 x >= nestTuple12 y

instance (Show a, Show b, Show c, Show d, Show e, Show f, Show g, Show h, Show i, Show j,
    Show k, Show l)
    => Show (a, b, c, d, e, f, g, h, i, j, k, l) where
  showsPrec _ (a, b, c, d, e, f, g, h, i, j, k, l) =
    showTuple [shows a, shows b, shows c, shows d, shows e, shows f, shows g, shows h,
      shows i, shows j, shows k, shows l]

instance (Read a, Read b, Read c, Read d, Read e, Read f, Read g, Read h, Read i, Read j,
    Read k, Read l)
    => Read (a, b, c, d, e, f, g, h, i, j, k, l) where
  readsPrec _ = readParen False (readTupleBody reads (\a ->
    readComma reads `andThen` \b -> readComma reads `andThen` \c -> readComma reads `andThen` \d ->
    readComma reads `andThen` \e -> readComma reads `andThen` \f -> readComma reads `andThen` \g ->
    readComma reads `andThen` \h -> readComma reads `andThen` \i -> readComma reads `andThen` \j ->
    readComma reads `andThen` \k -> readComma reads `andThen` \l ->
    readClose (a, b, c, d, e, f, g, h, i, j, k, l)))

instance (Bounded a, Bounded b, Bounded c, Bounded d, Bounded e, Bounded f, Bounded g,
    Bounded h, Bounded i, Bounded j, Bounded k, Bounded l)
    => Bounded (a, b, c, d, e, f, g, h, i, j, k, l) where
  minBound = (minBound, minBound, minBound, minBound, minBound, minBound, minBound, minBound,
    minBound, minBound, minBound, minBound)
  maxBound = (maxBound, maxBound, maxBound, maxBound, maxBound, maxBound, maxBound, maxBound,
    maxBound, maxBound, maxBound, maxBound)

instance (Eq a, Eq b, Eq c, Eq d, Eq e, Eq f, Eq g, Eq h, Eq i, Eq j, Eq k, Eq l, Eq m)
    => Eq (a, b, c, d, e, f, g, h, i, j, k, l, m) where
  (a, b, c, d, e, f, g, h, i, j, k, l, m) == (a', b', c', d', e', f', g', h', i', j', k', l',
    m') =
    a == a' && b == b' && c == c' && d == d' && e == e' && f == f' && g == g' && h == h'
      && i == i' && j == j' && k == k' && l == l' && m == m'

-- As the pairs (a, (b, (c, ...))) compare.
nestTuple13
  :: (a, b, c, d, e, f, g, h, i, j, k, l, m)
  -> (a, (b, (c, (d, (e, (f, (g, (h, (i, (j, (k, (l, m))))))))))))
nestTuple13 (a, b, c, d, e, f, g, h, i, j, k, l, m) =
  (a, (b, (c, (d, (e, (f, (g, (h, (i, (j, (k, (l, m))))))))))))

instance (Ord a, Ord b, Ord c, Ord d, Ord e, Ord f, Ord g, Ord h, Ord i, Ord j, Ord k, Ord l,
    Ord m)
    => Ord (a, b, c, d, e, f, g, h, i, j, k, l, m) where
  compare x y = compare (nestTuple13 x) (nestTuple13 y)
  x < y = nestTuple13 x < nestTuple13 y
  x <= y = nestTuple13 x <= nestTuple13 y
  x > y = nestTuple13 x > nestTuple13 y
  x >= y = nestTuple13 x >= nestTuple13 y

instance (Show a, Show b, Show c, Show d, Show e, Show f, Show g, Show h, Show i, Show j,
    Show k, Show l, Show m)
    => Show (a, b, c, d, e, f, g, h, i, j, k, l, m) where
  showsPrec _ (a, b, c, d, e, f, g, h, i, j, k, l, m) =
    showTuple [shows a, shows b, shows c, shows d, shows e, shows f, shows g, shows h,
      shows i, shows j, shows k, shows l, shows m]

instance (Read a, Read b, Read c, Read d, Read e, Read f, Read g, Read h, Read i, Read j,
    Read k, Read l, Read m)
    => Read (a, b, c, d, e, f, g, h, i, j, k, l, m) where
  readsPrec _ = readParen False (readTupleBody reads (\a ->
    readComma reads `andThen` \b -> readComma reads `andThen` \c -> readComma reads `andThen` \d ->
    readComma reads `andThen` \e -> readComma reads `andThen` \f -> readComma reads `andThen` \g ->
    readComma reads `andThen` \h -> readComma reads `andThen` \i -> readComma reads `andThen` \j ->
    readComma reads `andThen` \k -> readComma reads `andThen` \l -> readComma reads `andThen` \m ->
    readClose (a, b, c, d, e, f, g, h, i, j, k, l, m)))

instance (Bounded a, Bounded b, Bounded c, Bounded d, Bounded e, Bounded f, Bounded g,
    Bounded h, Bounded i, Bounded j, Bounded k, Bounded l, Bounded m)
    => Bounded (a, b, c, d, e, f, g, h, i, j, k, l, m) where
  minBound = (minBound, minBound, minBound, minBound, minBound, minBound, minBound, minBound,
    minBound, minBound, minBound, minBound, minBound)
  maxBound = (maxBound, maxBound, maxBound, maxBound, maxBound, maxBound, maxBound, maxBound,
    maxBound, maxBound, maxBound, maxBound, maxBound)

instance (Eq a, Eq b, Eq c, Eq d, Eq e, Eq f, Eq g, Eq h, Eq i, Eq j, Eq k, Eq l, Eq m,
    Eq n)
    => Eq (a, b, c, d, e, f, g, h, i, j, k, l, m, n) where
  (a, b, c, d, e, f, g, h, i, j, k, l, m, n) == (a', b', c', d', e', f', g', h', i', j', k',
    l', m', n') =
    a == a' && b == b' && c == c' && d == d' && e == e' && f == f' && g == g' && h == h'
      && i == i' && j == j' && k == k' && l == l' && m == m' && n == n'

-- As the pairs (a, (b, (c, ...))) compare.
nestTuple14
  :: (a, b, c, d, e, f, g, h, i, j, k, l, m, n)
  -> (a, (b, (c, (d, (e, (f, (g, (h, (i, (j, (k, (l, (m, n)))))))))))))
nestTuple14 (a, b, c, d, e, f, g, h, i, j, k, l, m, n) =
  (a, (b, (c, (d, (e, (f, (g, (h, (i, (j, (k, (l, (m, n)))))))))))))

instance (Ord a, Ord b, Ord c, Ord d, Ord e, Ord f, Ord g, Ord h, Ord i, Ord j, Ord k, Ord l,
    Ord m, Ord n)
    => Ord (a, b, c, d, e, f, g, h, i, j, k, l, m, n) where
  compare x y = compare (nestTuple14 x) (nestTuple14 y)
  x < y = nestTuple14 x < nestTuple14 y
  x <= y = nestTuple14 x <= nestTuple14 y
  x > y = nestTuple14 x > nestTuple14 y
  x >= y = nestTuple14 x >= nestTuple14 y

instance (Show a, Show b, Show c, Show d, Show e, Show f, Show g, Show h, Show i, Show j,
    Show k, Show l, Show m, Show n)
    => Show (a, b, c, d, e, f, g, h, i, j, k, l, m, n) where
  showsPrec _ (a, b, c, d, e, f, g, h, i, j, k, l, m, n) =
    showTuple [shows a, shows b, shows c, shows d, shows e, shows f, shows g, shows h,
      shows i, shows j, shows k, shows l, shows m, shows n]

instance (Read a, Read b, Read c, Read d, Read e, Read f, Read g, Read h, Read i, Read j,
    Read k, Read l, Read m, Read n)
    => Read (a, b, c, d, e, f, g, h, i, j, k, l, m, n) where
  readsPrec _ = readParen False (readTupleBody reads (\a ->
    readComma reads `andThen` \b -> readComma reads `andThen` \c -> readComma reads `andThen` \d ->
    readComma reads `andThen` \e -> readComma reads `andThen` \f -> readComma reads `andThen` \g ->
    readComma reads `andThen` \h -> readComma reads `andThen` \i -> readComma reads `andThen` \j ->
    readComma reads `andThen` \k -> readComma reads `andThen` \l -> readComma reads `andThen` \m ->
    readComma reads `andThen` \n ->
    readClose (a, b, c, d, e, f, g, h, i, j, k, l, m, n)))

instance (Bounded a, Bounded b, Bounded c, Bounded d, Bounded e, Bounded f, Bounded g,
    Bounded h, Bounded i, Bounded j, Bounded k, Bounded l, Bounded m, Bounded n)
    => Bounded (a, b, c, d, e, f, g, h, i, j, k, l, m, n) where
  minBound = (minBound, minBound, minBound, minBound, minBound, minBound, minBound, minBound,
    minBound, minBound, minBound, minBound, minBound, minBound)
  maxBound = (maxBound, maxBound, maxBound, maxBound, maxBound, maxBound, maxBound, maxBound,
    maxBound, maxBound, maxBound, maxBound, maxBound, maxBound)

instance (Eq a, Eq b, Eq c, Eq d, Eq e, Eq f, Eq g, Eq h, Eq i, Eq j, Eq k, Eq l, Eq m, Eq n,
    Eq o)
    => Eq (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o) where
  (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o) == (a', b', c', d', e', f', g', h', i', j',
    k', l', m', n', o') =
    a == a' && b == b' && c == c' && d == d' && e == e' && f == f' && g == g' && h == h'
      && i == i' && j == j' && k == k' && l == l' && m == m' && n == n' && o == o'

-- As the pairs (a, (b, (c, ...))) compare.
nestTuple15
  :: (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o)
  -> (a, (b, (c, (d, (e, (f, (g, (h, (i, (j, (k, (l, (m, (n, o))))))))))))))
nestTuple15 (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o) =
  (a, (b, (c, (d, (e, (f, (g, (h, (i, (j, (k, (l, (m, (n, o))))))))))))))

instance (Ord a, Ord b, Ord c, Ord d, Ord e, Ord f, Ord g, Ord h, Ord i, Ord j, Ord k, Ord l,
    Ord m, Ord n, Ord o)
    => Ord (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o) where
  compare x y = compare (nestTuple15 x) (nestTuple15 y)
  x < y = nestTuple15 x < nestTuple15 y
  x <= y = nestTuple15 x <= nestTuple15 y
  x > y = nestTuple15 x > nestTuple15 y
  x >= y = nestTuple15 x >= nestTuple15 y

instance (Show a, Show b, Show c, Show d, Show e, Show f, Show g, Show h, Show i, Show j,
    Show k, Show l, Show m, Show n, Show o)
    => Show (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o) where
  showsPrec _ (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o) =
    showTuple [shows a, shows b, shows c, shows d, shows e, shows f, shows g, shows h,
      shows i, shows j, shows k, shows l, shows m, shows n, shows o]

instance (Read a, Read b, Read c, Read d, Read e, Read f, Read g, Read h, Read i, Read j,
    Read k, Read l, Read m, Read n, Read o)
    => Read (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o) where
  readsPrec _ = readParen False (readTupleBody reads (\a ->
    readComma reads `andThen` \b -> readComma reads `andThen` \c -> readComma reads `andThen` \d ->
    readComma reads `andThen` \e -> readComma reads `andThen` \f -> readComma reads `andThen` \g ->
    readComma reads `andThen` \h -> readComma reads `andThen` \i -> readComma reads `andThen` \j ->
    readComma reads `andThen` \k -> readComma reads `andThen` \l -> readComma reads `andThen` \m ->
    readComma reads `andThen` \n -> readComma reads `andThen` \o ->
    readClose (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o)))

instance (Bounded a, Bounded b, Bounded c, Bounded d, Bounded e, Bounded f, Bounded g,
    Bounded h, Bounded i, Bounded j, Bounded k, Bounded l, Bounded m, Bounded n, Bounded o)
    => Bounded (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o) where
  minBound = (minBound, minBound, minBound, minBound, minBound, minBound, minBound, minBound,
    minBound, minBound, minBound, minBound, minBound, minBound, minBound)
  maxBound = (maxBound, maxBound, maxBound, maxBound, maxBound, maxBound, maxBound, maxBound,
    maxBound, maxBound, maxBound, maxBound, maxBound, maxBound, maxBound)

------------------------------------------------------------------------------
-- Input and output

instance Show IOError where
  showsPrec _ e
    | primIOErrorKind e == 0 = showString "user error (" . showString (primIOErrorString e) . showChar ')'
    | otherwise = showString (primShowIOError e)

ioError :: IOError -> IO a
ioError = primIOError

userError :: String -> IOError
userError = primUserError

putChar :: Char -> IO ()
putChar c = primPutStr 1 [c]

putStr :: String -> IO ()
putStr s = primPutStr 1 s

putStrLn :: String -> IO ()
putStrLn s = primPutStr 1 (s ++ "\n")

print :: Show a => a -> IO ()
print x = putStrLn (show x)

getChar :: IO Char
getChar = primHGetChar 0

getLine :: IO String
getLine = primHGetLine 0

getContents :: IO String
getContents = primHGetContents 0

interact :: (String -> String) -> IO ()
interact f = primBindIO getContents (\s -> putStr (f s))

readFile :: FilePath -> IO String
readFile = primReadFile

writeFile :: FilePath -> String -> IO ()
writeFile = primWriteFile

appendFile :: FilePath -> String -> IO ()
appendFile = primAppendFile

readIO :: Read a => String -> IO a
readIO s = case [x | (x, t) <- reads s, ("", "") <- lex t] of
  [x] -> primReturnIO x
  [] -> ioError (userError "Prelude.readIO: no parse")
  _ -> ioError (userError "Prelude.readIO: ambiguous parse")

readLn :: Read a => IO a
readLn = primBindIO getLine readIO
