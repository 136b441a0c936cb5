module Main where

-- String literal patterns, char patterns, and cons patterns on strings.

command :: String -> String
command "quit" = "bye"
command "help" = "commands: quit help say"
command ('s' : 'a' : 'y' : ' ' : rest) = "you said: " ++ rest
command "" = "empty"
command other = "unknown: " ++ show other

vowel :: Char -> Bool
vowel 'a' = True
vowel 'e' = True
vowel 'i' = True
vowel 'o' = True
vowel 'u' = True
vowel _ = False

stripPrefix' :: String -> String -> Maybe String
stripPrefix' "" s = Just s
stripPrefix' (p : ps) (c : cs) | p == c = stripPrefix' ps cs
stripPrefix' _ _ = Nothing

escape :: String -> String
escape ('\n' : s) = "\\n" ++ escape s
escape ('\t' : s) = "\\t" ++ escape s
escape (c : s) = c : escape s
escape [] = []

main :: IO ()
main = do
  mapM_ (putStrLn . command) ["quit", "help", "say hello there", "", "dance"]
  print (filter vowel "programming language")
  print (stripPrefix' "foo" "foobar", stripPrefix' "bar" "foobar")
  putStrLn (escape "a\tb\nc")
  print (map classify ["ab", "abc", "a", "", "ba"])

classify :: String -> Int
classify s = case s of { "ab" -> 1; 'a' : _ -> 2; _ -> 3 }
