module Main where

-- Enum instance of Char: ranges, succ/pred, fromEnum/toEnum, stepping.

main :: IO ()
main = do
  putStrLn ['a' .. 'z']
  putStrLn ['A' .. 'Z']
  putStrLn ['0' .. '9']
  print ['a', 'e' .. 'z']
  print ['z', 'y' .. 'u']
  print [' ' .. '/']
  print (succ 'a', pred 'a', succ '9', succ 'Z')
  print (fromEnum 'a', toEnum 97 :: Char, toEnum 955 :: Char)
  print (length ['\0' .. '\127'])
  print (take 3 ['x' ..])
  print ['\250' .. '\260']
  print (map fromEnum "Hi!")
  print ([c | c <- ['a' .. 'z'], c `notElem` "aeiou"])
  print (zip ['a' ..] [1 .. 5 :: Int])
  print (['b' .. pred 'b'], ['q' .. 'q'])
