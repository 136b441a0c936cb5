module Main where

isEven :: Int -> Bool
isEven 0 = True
isEven n = isOdd (n - 1)

isOdd :: Int -> Bool
isOdd 0 = error "isOdd reached zero"
isOdd n = isEven (n - 1)

main :: IO ()
main = do
  print (isEven 4)
  print (isEven 7)
