module Main where

-- read and reads for numbers and structured values: Int, Integer, Double,
-- negative numbers, lists, tuples, surrounding whitespace, reads with
-- leftover input, readMaybe, and words + map read.

import Text.Read (readMaybe)

main :: IO ()
main = do
  print (read "42" :: Int)
  print (read "-17" :: Int)
  print (read "  123  " :: Int)
  print (read "(-5)" :: Int)
  print (read "123456789012345678901234567890" :: Integer)
  print (read "-98765432109876543210" :: Integer)
  print (read "3.25" :: Double)
  print (read "-0.5e-3" :: Double)
  print (read "7" :: Double)
  print (read "1e3" :: Double)
  print (read "[1,2,3]" :: [Int])
  print (read " [ -1 , 2 , -3 ] " :: [Integer])
  print (read "(1,\"a\")" :: (Int, String))
  print (read "(-2.5,[True,False],'x')" :: (Double, [Bool], Char))
  print (read "[(1,2),(3,4)]" :: [(Int, Int)])
  print (read "Just (-3)" :: Maybe Int)
  print (read "[Left 1,Right \"r\"]" :: [Either Int String])
  print (reads "12 rest" :: [(Int, String)])
  print (reads "nope" :: [(Int, String)])
  print (reads "-4.5xyz" :: [(Double, String)])
  print (reads "(1,2) tail" :: [((Int, Int), String)])
  print (map read (words "10 -20 30 40") :: [Int])
  print (sum (map read (words "1.5 2.25 -0.75")) :: Double)
  print (readMaybe "99" :: Maybe Int)
  print (readMaybe "9x9" :: Maybe Int)
  print (readMaybe "2.0" :: Maybe Int)
  print (readMaybe " 3 " :: Maybe Integer)
  print (readMaybe "[1,2,]" :: Maybe [Int])
  print (read "\"hello\\nworld\"" :: String)
  print (read "'z'" :: Char)
  print (read "()" :: ())
  let table = [(w, read w :: Int) | w <- words "5 15 25"]
  print table
