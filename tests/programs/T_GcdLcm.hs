module Main where

-- gcd and lcm, including zero and negative arguments.

main :: IO ()
main = do
  print (gcd 12 18 :: Int, lcm 4 6 :: Int)
  print (gcd 0 5 :: Int, gcd 5 0 :: Int, gcd 0 0 :: Int)
  print (gcd (-12) 18 :: Int, gcd 12 (-18) :: Int, lcm (-4) 6 :: Int)
  print (lcm 0 5 :: Int, lcm 7 1 :: Int)
  print (foldr lcm 1 [1 .. 20 :: Integer])
  print (foldr1 gcd [84, 126, 210 :: Int])
  print (gcd (2 ^ 80 * 3) (2 ^ 70 * 9) :: Integer)
  print [n | n <- [1 .. 30 :: Int], gcd n 30 == 1]
  let reduce (a, b) = let g = gcd a b in (a `div` g, b `div` g)
  print (map reduce [(6, 8), (10, 5), (7, 13), (0, 3 :: Int)])
