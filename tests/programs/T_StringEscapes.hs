module Main where

-- show on strings and characters with escape sequences: control
-- characters, quotes and backslashes, \DEL, numeric escapes followed by
-- digits (\&), \SO followed by H, non-ASCII characters, and lists of Char.

main :: IO ()
main = do
  print "\n\t\"\\"
  print '\''
  print '"'
  print "'"
  print '\DEL'
  print "\DEL"
  print "\1234\&5"
  print "\SOH"
  print "\SO\&H"
  print "\SOx"
  print 'é'
  print '\955'
  print "λx → é"
  print ""
  print ['a', 'b', '\n']
  print "\0\a\b\f\r\v"
  print "\200\&1 and \127\&9"
  print (map fromEnum "\1234\&5")
  print (length "\SO\&H", length "\SOH")
  print ['\t', '\\', '\0', '\31', ' ', '~']
  print (Just "quote\"d")
  print ("tab\there", 'x')
  print (show "nested \"show\"")
  putStrLn "plain: \"quoted\" and \\ backslash"
  print "\x41\x42\o103"
  print "\65535\&0"
  print '\1114111'
