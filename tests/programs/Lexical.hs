{-# LANGUAGE Haskell2010 #-}
-- Lexical corner cases: literals, escapes, string gaps, comments, pragmas.
module Main (main) where

{- A block comment {- with a nested comment -} still inside
   the outer one; "quotes" and 'ticks' are ignored here. -}

{--}

------------------------------------------------------------
--- Three dashes followed by a space: still a comment.
--x also a comment (dashes followed by a non-symbol)

-- | A Haddock-style comment is an ordinary comment.

-- Operators whose names begin with dashes are NOT comments.
infixr 1 -->
(-->) :: Bool -> Bool -> Bool
a --> b = not a || b

infixl 6 --|
(--|) :: Int -> Int -> Int
a --| b = a - 2 * b

(|--) :: Int -> Int -> Int
a |-- b = a * 10 + b

{-# INLINE square #-}
square :: Int -> Int
square x = x * x

decimals :: [Integer]
decimals = [0, 7, 42, 123456789012345678901234567890]

hexes :: [Int]
hexes = [0x1F, 0XfF, 0xdeadBEEF, 0x0]

octals :: [Int]
octals = [0o17, 0O777, 0o0]

floats :: [Double]
floats = [1.5, 0.25, 1e3, 2.5e-2, 6.02E23, 1.0e+2, 3E-1]

escapes :: String
escapes = "\n\t\\\"\'\65\x41\o101\&\^A\NUL\SOH\DEL\a\b\f\r\v"

charEscapes :: [Char]
charEscapes = ['\n', '\t', '\\', '"', '\'', '\65', '\x41', '\o101', '\^A', '\^Z', '\^@', '\^[', '\NUL', '\SOH', '\DEL', '\ESC', '\SP']

-- "\SO\&H" is two characters (SO and H), "\SOH" is one.
tricky :: [String]
tricky = ["\SO\&H", "\SOH", "\1234\&5", "a\&b", "\&", "{- not a comment -}", "-- not a comment either"]

gap :: String
gap = "a string \
      \with a gap \
            \spanning three lines"

emptyGap :: String
emptyGap = "ab\    \cd"

main :: IO ()
main = do
  print decimals
  print hexes
  print octals
  print floats
  print escapes
  print (map fromEnum escapes)
  print charEscapes
  print (map fromEnum charEscapes)
  print tricky
  print (map length tricky)
  putStrLn gap
  putStrLn emptyGap
  print (True --> False, False --> undefined, 10 --| 3, 4 |-- 2)
  print ({-# SCC "squares" #-} map square [1 .. 5])
  print (- 5 + 3, negate 4, (- 2) * 3, 3 - (-2), abs (-7) :: Int)
  print (1 {- inline comment -} + {- another -} 2 :: Int) -- trailing comment
  print ('x', "y", ' ', "")
