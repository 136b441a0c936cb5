module Main where

-- putChar commits each character before the next is demanded, so the
-- prefix before the failing character reaches stdout.
message :: Int -> String
message n = concatMap word [1 .. n]
  where
    word i
      | i > 3 = error ("word " ++ show i ++ " is missing")
      | otherwise = "w" ++ show i ++ " "

emit :: String -> IO ()
emit s = mapM_ putChar s >> putChar '\n'

main :: IO ()
main = do
  emit (message 2)
  emit (message 5)
