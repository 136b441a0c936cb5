module Main where

-- read/reads at Int, Integer, Double, Char, String, lists, tuples, Maybe.

main :: IO ()
main = do
  print (read "42" :: Int)
  print (read "  -17  " :: Int)
  print (read "(-5)" :: Int)
  print (read "123456789012345678901234567890" :: Integer)
  print (read "3.25" :: Double)
  print (read "-1.5e3" :: Double)
  print (read "7" :: Double)
  print (read "[1,2,3]" :: [Int])
  print (read " [ 1 , -2 , 3 ] " :: [Int])
  print (read "(1,\"two\",'3')" :: (Int, String, Char))
  print (read "\"hello\\nworld\"" :: String)
  print (read "'x'" :: Char)
  print (read "Just 4" :: Maybe Int)
  print (read "[(1,True),(2,False)]" :: [(Int, Bool)])
  print (reads "12 apples" :: [(Int, String)])
  print (reads "apples" :: [(Int, String)])
  print (sum (map read (words "10 20 30 -5")) :: Int)
  print (read "()" :: ())
