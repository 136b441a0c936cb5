-- Input and output on the standard handles.
module System.IO
  ( IO, FilePath
  , Handle, stdin, stdout, stderr
  , BufferMode(NoBuffering, LineBuffering, BlockBuffering)
  , hSetBuffering, hFlush
  , hPutChar, hPutStr, hPutStrLn, hPrint
  , hGetChar, hGetLine, hGetContents, hIsEOF, isEOF
  , putChar, putStr, putStrLn, print
  , getChar, getLine, getContents, interact
  , readFile, writeFile, appendFile, readIO, readLn
  ) where

import Lazuli.Prim (primPutStr, primHGetChar, primHGetLine, primHGetContents,
                    primHIsEOF, primHFlush, primHSetBuffering)

-- A handle is the runtime's number for it: 0 stdin, 1 stdout, 2 stderr.
newtype Handle = Handle Int

instance Eq Handle where
  Handle a == Handle b = a == b

instance Show Handle where
  showsPrec _ (Handle n) = showString "{handle: " . showString (handleName n) . showChar '}'

handleName :: Int -> String
handleName 0 = "<stdin>"
handleName 1 = "<stdout>"
handleName _ = "<stderr>"

stdin :: Handle
stdin = Handle 0

stdout :: Handle
stdout = Handle 1

stderr :: Handle
stderr = Handle 2

data BufferMode = NoBuffering | LineBuffering | BlockBuffering (Maybe Int)

instance Eq BufferMode where
  NoBuffering == NoBuffering = True
  LineBuffering == LineBuffering = True
  BlockBuffering a == BlockBuffering b = a == b
  _ == _ = False

instance Ord BufferMode where
  compare a b = case (a, b) of
      (BlockBuffering x, BlockBuffering y) -> compare x y
      _ -> compare (tag a) (tag b)
    where
      tag :: BufferMode -> Int
      tag NoBuffering = 0
      tag LineBuffering = 1
      tag (BlockBuffering _) = 2

instance Show BufferMode where
  showsPrec _ NoBuffering = showString "NoBuffering"
  showsPrec _ LineBuffering = showString "LineBuffering"
  showsPrec d (BlockBuffering m) =
    showParen (d >= 11) (showString "BlockBuffering " . showsPrec 11 m)

instance Read BufferMode where
  readsPrec d r =
    readParen False (\s -> [(NoBuffering, t) | ("NoBuffering", t) <- lex s]) r ++
    readParen False (\s -> [(LineBuffering, t) | ("LineBuffering", t) <- lex s]) r ++
    readParen (d > 10) (\s -> [(BlockBuffering m, u) | ("BlockBuffering", t) <- lex s,
                                                       (m, u) <- readsPrec 11 t]) r

hSetBuffering :: Handle -> BufferMode -> IO ()
hSetBuffering (Handle h) NoBuffering = primHSetBuffering h 0
hSetBuffering (Handle h) LineBuffering = primHSetBuffering h 1
hSetBuffering (Handle h) (BlockBuffering _) = primHSetBuffering h 2

hFlush :: Handle -> IO ()
hFlush (Handle h) = primHFlush h

hPutChar :: Handle -> Char -> IO ()
hPutChar (Handle h) c = primPutStr h [c]

hPutStr :: Handle -> String -> IO ()
hPutStr (Handle h) s = primPutStr h s

hPutStrLn :: Handle -> String -> IO ()
hPutStrLn (Handle h) s = primPutStr h (s ++ "\n")

hPrint :: Show a => Handle -> a -> IO ()
hPrint h x = hPutStrLn h (show x)

hGetChar :: Handle -> IO Char
hGetChar (Handle h) = primHGetChar h

hGetLine :: Handle -> IO String
hGetLine (Handle h) = primHGetLine h

hGetContents :: Handle -> IO String
hGetContents (Handle h) = primHGetContents h

hIsEOF :: Handle -> IO Bool
hIsEOF (Handle h) = primHIsEOF h

isEOF :: IO Bool
isEOF = primHIsEOF 0
