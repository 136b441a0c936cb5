-- Characters: classification (Unicode, GHC's tables), case mapping, digits,
-- code points, and the escapes of character literals.
module Data.Char
  ( Char, String
  , isControl, isSpace, isLower, isUpper, isAlpha, isLetter, isDigit, isOctDigit
  , isHexDigit, isAlphaNum, isPrint, isPunctuation, isSymbol, isSeparator
  , isAscii, isLatin1, isAsciiUpper, isAsciiLower, isMark, isNumber
  , GeneralCategory(UppercaseLetter, LowercaseLetter, TitlecaseLetter,
                    ModifierLetter, OtherLetter, NonSpacingMark,
                    SpacingCombiningMark, EnclosingMark, DecimalNumber,
                    LetterNumber, OtherNumber, ConnectorPunctuation,
                    DashPunctuation, OpenPunctuation, ClosePunctuation,
                    InitialQuote, FinalQuote, OtherPunctuation, MathSymbol,
                    CurrencySymbol, ModifierSymbol, OtherSymbol, Space,
                    LineSeparator, ParagraphSeparator, Control, Format,
                    Surrogate, PrivateUse, NotAssigned)
  , generalCategory
  , toUpper, toLower, toTitle
  , digitToInt, intToDigit
  , ord, chr
  , showLitChar, lexLitChar, readLitChar
  ) where

import Lazuli.Prim

-- The Unicode general categories, in the order of the standard (and of the
-- runtime's primCharGeneralCategory).
data GeneralCategory
  = UppercaseLetter | LowercaseLetter | TitlecaseLetter | ModifierLetter
  | OtherLetter | NonSpacingMark | SpacingCombiningMark | EnclosingMark
  | DecimalNumber | LetterNumber | OtherNumber | ConnectorPunctuation
  | DashPunctuation | OpenPunctuation | ClosePunctuation | InitialQuote
  | FinalQuote | OtherPunctuation | MathSymbol | CurrencySymbol
  | ModifierSymbol | OtherSymbol | Space | LineSeparator | ParagraphSeparator
  | Control | Format | Surrogate | PrivateUse | NotAssigned

-- The instances are those `deriving (Show, Read, Eq, Ord, Enum, Bounded)`
-- would give, written out through the constructor index.
categories :: [GeneralCategory]
categories =
  [ UppercaseLetter, LowercaseLetter, TitlecaseLetter, ModifierLetter
  , OtherLetter, NonSpacingMark, SpacingCombiningMark, EnclosingMark
  , DecimalNumber, LetterNumber, OtherNumber, ConnectorPunctuation
  , DashPunctuation, OpenPunctuation, ClosePunctuation, InitialQuote
  , FinalQuote, OtherPunctuation, MathSymbol, CurrencySymbol
  , ModifierSymbol, OtherSymbol, Space, LineSeparator, ParagraphSeparator
  , Control, Format, Surrogate, PrivateUse, NotAssigned ]

categoryNames :: [String]
categoryNames =
  [ "UppercaseLetter", "LowercaseLetter", "TitlecaseLetter", "ModifierLetter"
  , "OtherLetter", "NonSpacingMark", "SpacingCombiningMark", "EnclosingMark"
  , "DecimalNumber", "LetterNumber", "OtherNumber", "ConnectorPunctuation"
  , "DashPunctuation", "OpenPunctuation", "ClosePunctuation", "InitialQuote"
  , "FinalQuote", "OtherPunctuation", "MathSymbol", "CurrencySymbol"
  , "ModifierSymbol", "OtherSymbol", "Space", "LineSeparator", "ParagraphSeparator"
  , "Control", "Format", "Surrogate", "PrivateUse", "NotAssigned" ]

categoryIndex :: GeneralCategory -> Int
categoryIndex c = case c of
  UppercaseLetter -> 0
  LowercaseLetter -> 1
  TitlecaseLetter -> 2
  ModifierLetter -> 3
  OtherLetter -> 4
  NonSpacingMark -> 5
  SpacingCombiningMark -> 6
  EnclosingMark -> 7
  DecimalNumber -> 8
  LetterNumber -> 9
  OtherNumber -> 10
  ConnectorPunctuation -> 11
  DashPunctuation -> 12
  OpenPunctuation -> 13
  ClosePunctuation -> 14
  InitialQuote -> 15
  FinalQuote -> 16
  OtherPunctuation -> 17
  MathSymbol -> 18
  CurrencySymbol -> 19
  ModifierSymbol -> 20
  OtherSymbol -> 21
  Space -> 22
  LineSeparator -> 23
  ParagraphSeparator -> 24
  Control -> 25
  Format -> 26
  Surrogate -> 27
  PrivateUse -> 28
  NotAssigned -> 29

instance Eq GeneralCategory where
  x == y = categoryIndex x == categoryIndex y

instance Ord GeneralCategory where
  compare x y = compare (categoryIndex x) (categoryIndex y)

instance Show GeneralCategory where
  showsPrec _ c = showString (categoryNames !! categoryIndex c)

instance Read GeneralCategory where
  readsPrec _ = readParen False (\r ->
    [(c, t) | (name, t) <- lex r, (c, n) <- zip categories categoryNames, name == n])

instance Bounded GeneralCategory where
  minBound = UppercaseLetter
  maxBound = NotAssigned

instance Enum GeneralCategory where
  succ NotAssigned =
    error "succ{GeneralCategory}: tried to take `succ' of last tag in enumeration"
  succ c = categories !! (categoryIndex c + 1)
  pred UppercaseLetter =
    error "pred{GeneralCategory}: tried to take `pred' of first tag in enumeration"
  pred c = categories !! (categoryIndex c - 1)
  toEnum n
    | n >= 0 && n <= 29 = categories !! n
    | otherwise = error ("toEnum{GeneralCategory}: tag (" ++ show n ++
                         ") is outside of enumeration's range (0,29)")
  fromEnum = categoryIndex
  enumFrom c = drop (categoryIndex c) categories
  enumFromThen c d = enumFromThenTo c d (if categoryIndex d >= categoryIndex c then NotAssigned else UppercaseLetter)

generalCategory :: Char -> GeneralCategory
generalCategory c = categories !! primCharGeneralCategory c

categoryBetween :: Int -> Int -> Char -> Bool
categoryBetween lo hi c = n >= lo && n <= hi
  where n = primCharGeneralCategory c

isControl :: Char -> Bool
isControl = categoryBetween 25 25

isSpace :: Char -> Bool
isSpace = primCharIsSpace

isLower :: Char -> Bool
isLower = primCharIsLower

isUpper :: Char -> Bool
isUpper = primCharIsUpper

isAlpha :: Char -> Bool
isAlpha = primCharIsAlpha

isLetter :: Char -> Bool
isLetter = categoryBetween 0 4

isAlphaNum :: Char -> Bool
isAlphaNum = primCharIsAlphaNum

isPrint :: Char -> Bool
isPrint = primCharIsPrint

isMark :: Char -> Bool
isMark = categoryBetween 5 7

isNumber :: Char -> Bool
isNumber = categoryBetween 8 10

isPunctuation :: Char -> Bool
isPunctuation = categoryBetween 11 17

isSymbol :: Char -> Bool
isSymbol = categoryBetween 18 21

isSeparator :: Char -> Bool
isSeparator = categoryBetween 22 24

isDigit :: Char -> Bool
isDigit c = c >= '0' && c <= '9'

isOctDigit :: Char -> Bool
isOctDigit c = c >= '0' && c <= '7'

isHexDigit :: Char -> Bool
isHexDigit c = isDigit c || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')

isAscii :: Char -> Bool
isAscii c = c < '\128'

isLatin1 :: Char -> Bool
isLatin1 c = c <= '\255'

isAsciiUpper :: Char -> Bool
isAsciiUpper c = c >= 'A' && c <= 'Z'

isAsciiLower :: Char -> Bool
isAsciiLower c = c >= 'a' && c <= 'z'

toUpper :: Char -> Char
toUpper = primCharToUpper

toLower :: Char -> Char
toLower = primCharToLower

toTitle :: Char -> Char
toTitle = primCharToTitle

ord :: Char -> Int
ord = primCharToInt

chr :: Int -> Char
chr = toEnum

digitToInt :: Char -> Int
digitToInt c
  | isDigit c = ord c - ord '0'
  | c >= 'a' && c <= 'f' = ord c - ord 'a' + 10
  | c >= 'A' && c <= 'F' = ord c - ord 'A' + 10
  | otherwise = errorWithoutStackTrace ("Char.digitToInt: not a digit " ++ show c)

intToDigit :: Int -> Char
intToDigit i
  | i >= 0 && i <= 9 = primIntToChar (ord '0' + i)
  | i >= 10 && i <= 15 = primIntToChar (ord 'a' + i - 10)
  | otherwise = errorWithoutStackTrace ("Char.intToDigit: not a digit " ++ show i)

-- A character as it appears inside a literal (what `show` puts between the
-- quotes), with "\&" when the next character would extend the escape.
showLitChar :: Char -> ShowS
showLitChar c s = body ++ protect s
  where
    quoted = show c
    -- show '\'' escapes the quote; inside a literal it stands for itself
    body = if c == '\'' then "'" else take (length quoted - 2) (drop 1 quoted)
    protect t@(d : _)
      | (ord c > 127 && isDigit d) || (c == '\SO' && d == 'H') = '\\' : '&' : t
    protect t = t

-- One character of a literal at the start of the input: its text.
lexLitChar :: ReadS String
lexLitChar s = [(text, t) | (_, text, t) <- litChar s]

-- One character of a literal at the start of the input: its value.
readLitChar :: ReadS Char
readLitChar s = [(c, t) | (c, _, t) <- litChar s]

-- The Prelude's reader of literals keeps its helpers private; this is the
-- same grammar: a plain character, or a backslash and an escape (one of
-- abfnrtv\"', ^X, a decimal, o-octal or x-hexadecimal code, or an ASCII name
-- with the longest match, so \SOH is not \SO followed by H).
litChar :: String -> [(Char, String, String)]
litChar s = case s of
  '\\' : t -> [(c, '\\' : text, u) | (c, text, u) <- escape t]
  c : t -> [(c, [c], t)]
  [] -> []

escape :: String -> [(Char, String, String)]
escape s = case s of
  c : t | c `elem` "abfnrtv\\\"'" -> [(simple c, [c], t)]
  '^' : c : t | c >= '@' && c <= '_' -> [(primIntToChar (ord c - 64), ['^', c], t)]
  'x' : t -> number 16 isHexDigit "x" t
  'o' : t -> number 8 isOctDigit "o" t
  c : _ | isDigit c -> number 10 isDigit "" s
  _ -> take 1 [(primIntToChar code, name, drop (length name) s)
              | (name, code) <- names, take (length name) s == name]
  where
    simple c = case lookup c (zip "abfnrtv" "\a\b\f\n\r\t\v") of
      Just e -> e
      Nothing -> c
    number base isDig prefix t = case span isDig t of
      ([], _) -> []
      (ds, u) -> let v = foldl (\acc d -> acc * base + toInteger (digitToInt d)) 0 ds in
        if v <= 1114111 then [(primIntToChar (fromInteger v), prefix ++ ds, u)] else []
    names = [n | n <- asciiNames, length (fst n) == 3] ++
            [n | n <- asciiNames, length (fst n) == 2]

asciiNames :: [(String, Int)]
asciiNames = zip
  [ "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT"
  , "FF", "CR", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB"
  , "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US", "SP", "DEL" ]
  (enumFromTo 0 32 ++ [127])
