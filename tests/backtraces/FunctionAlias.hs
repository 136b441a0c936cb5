module Main where

-- A top-level function referred to, unapplied, by another binding: GHC
-- reports the referring binding when the function is finally called.
checkAge :: Int -> Int
checkAge a
  | a < 0 = error ("negative age " ++ show a)
  | otherwise = a

validator :: Int -> Int
validator = checkAge

main :: IO ()
main = do
  let checks = [validator, checkAge]
  print (map (\f -> f 30) checks)
  print (validator (-2))
