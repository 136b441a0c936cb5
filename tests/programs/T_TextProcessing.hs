module Main where

-- words, lines, unwords, unlines, including leading/trailing whitespace,
-- empty lines, and a trailing newline.

main :: IO ()
main = do
  print (words "  the quick\tbrown\n\nfox  ")
  print (words "")
  print (lines "one\ntwo\nthree")
  print (lines "one\ntwo\n")
  print (lines "one\n\ntwo\n\n")
  print (lines "")
  print (lines "\n")
  print (unwords ["a", "b", "", "c"])
  print (unlines ["a", "b"])
  print (unlines [])
  putStr (unlines (map reverse (lines "abc\ndef\n")))
  let text = "It was the best of times,\nit was the worst of times.\n"
  print (length (lines text), length (words text), length text)
  putStrLn (unwords (map (\w -> show (length w)) (words text)))
  print (map (unwords . words) (lines "  a  b \n c   d"))
  print (lines "no newline at end", lines "crlf\r\nline")
