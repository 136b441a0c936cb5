module Main where

-- Derived Enum and Bounded on an enumeration type.

data Day = Mon | Tue | Wed | Thu | Fri | Sat | Sun
  deriving (Show, Eq, Ord, Enum, Bounded)

data Pair = Pair Bool Day
  deriving (Show, Bounded)

main :: IO ()
main = do
  print ([minBound .. maxBound] :: [Day])
  print (succ Mon, pred Sun)
  print (fromEnum Thu, toEnum 2 :: Day)
  print [Tue ..]
  print [Mon, Wed ..]
  print [Sun, Fri ..]
  print [Mon, Thu .. Sun]
  print [Sat, Thu .. Tue]
  print [Wed .. Fri]
  print [Fri .. Wed]
  print (minBound :: Pair, maxBound :: Pair)
  print (map fromEnum [Mon ..])
  print (take 3 (cycle [Fri ..]))
  print ([minBound .. maxBound] :: [Bool])
  print (minBound :: Char, maxBound :: Char)
  print (minBound :: Int, maxBound :: Int)
  print ((minBound, maxBound) :: ((), Ordering))
