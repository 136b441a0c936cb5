-- Reading values from strings, with failure as a value.
module Text.Read
  ( Read(readsPrec, readList), ReadS
  , reads, read, readParen, lex
  , readMaybe, readEither
  ) where

-- The one parse of the whole string (white space around it allowed), or the
-- message `read` would fail with.
readEither :: Read a => String -> Either String a
readEither s = case [x | (x, t) <- reads s, ("", "") <- lex t] of
  [x] -> Right x
  [] -> Left "Prelude.read: no parse"
  _ -> Left "Prelude.read: ambiguous parse"

readMaybe :: Read a => String -> Maybe a
readMaybe s = case readEither s of
  Left _ -> Nothing
  Right x -> Just x
