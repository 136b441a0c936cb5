module Main where

-- show for strings and characters with escapes, including the "\&"
-- separator after numeric escapes followed by digits, and \SOH/\SO\&H.

main :: IO ()
main = do
  print "a\nb\"c"
  putStrLn (show "a\nb\"c")
  print '\''
  print '"'
  print "'"
  print "\1234"
  print "\1234\&5"
  print "\1234x"
  print "tab\there"
  print "\\backslash\\"
  print "\0\a\b\f\n\r\t\v"
  print "\DEL\200\127"
  print "\SOH"
  print "\SO\&H"
  print "\SOx"
  print '\233'
  print "na\239ve"
  print '\t'
  print '\0'
  print ['a', '\n', '\\']
  print (show 'x', show "x")
  print (Just "q\"q", ['a'], [""], ("\t", '\t'))
  print (length (show "\1234\&5"))
  print (show (Just '\''))
