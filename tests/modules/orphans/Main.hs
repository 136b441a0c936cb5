-- Orphan instances (of Prelude classes for Prelude types) in a deeply
-- hierarchical module that Main never imports: visible through Mid, which
-- imports it for its instances only and re-exports nothing of it. Main has
-- a module header with an export list.
module Main (main) where
import Mid

main :: IO ()
main = do
  print (twice (+ 1) (0 :: Int))
  print (twice not)
  print [True + True, 3 * True, 2 :: Bool, sum [True, True, True]]
  print (Just (+ (1 :: Int)), [id :: Int -> Int])
