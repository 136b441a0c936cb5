module Main where

-- Let- and where-bound polymorphic functions used at several types
-- (let-polymorphism), with and without local type signatures.

pairs :: (String, Int)
pairs =
  let twice f x = f (f x)
  in (twice ('a' :) "", twice (* 3) 7)

main :: IO ()
main = do
  let ident x = x
      wrap x = [x]
      count :: [a] -> Int
      count = length
  print (ident 'c', ident True, ident (3 :: Int))
  print (wrap 'x', wrap (wrap (1 :: Int)))
  print (count "hello", count [(), ()], count [[1 :: Int]])
  print pairs
  print (both show (1 :: Int) 2, both length "ab" "cde")
  print (applyAll 5)
  where
    both f a b = (f a, f b)
    applyAll :: Int -> (Int, String, Maybe Int)
    applyAll n = (dup' n, dup' "ab", fmap dup' (Just n))
      where
        dup' :: Semi a => a -> a
        dup' x = x <+> x

class Semi a where
  (<+>) :: a -> a -> a

instance Semi Int where
  (<+>) = (+)

instance Semi [b] where
  (<+>) = (++)
