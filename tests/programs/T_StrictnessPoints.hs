module Main where

-- Strictness points: seq and ($!) force to weak head normal form only,
-- unevaluated undefined values are harmless, strict accumulation with
-- seq in a foldl-like loop, and foldl/foldr over lazy elements.

strictSum :: [Int] -> Int
strictSum = go 0
  where
    go acc [] = acc
    go acc (x : xs) = let acc' = acc + x in acc' `seq` go acc' xs

mean :: [Double] -> Double
mean xs = s / fromIntegral n
  where
    (s, n) = foldl step (0, 0 :: Int) xs
    step (a, c) x = let a' = a + x
                        c' = c + 1
                    in a' `seq` c' `seq` (a', c')

constFirst :: a -> b -> a
constFirst x _ = x

main :: IO ()
main = do
  print (strictSum [1 .. 100000])
  print (foldl (+) 0 [1 .. 100000 :: Int])
  print (mean [1, 2, 3, 4, 5, 6])
  print ((Just undefined :: Maybe Int) `seq` "Just is WHNF")
  print ((undefined, undefined) `seq` "tuple is WHNF")
  print ((undefined : undefined :: [Int]) `seq` "cons is WHNF")
  print (length [undefined `seq` 1, 2 :: Int])
  print (constFirst 7 (undefined :: Int) :: Int)
  print (fst (10 :: Int, undefined `seq` 'x'))
  print (const 3 $! (4 :: Int))
  print (negate $! (5 :: Int))
  let lazyPair = (error "never forced", 42 :: Int)
  print (snd lazyPair)
  print (foldr (\x acc -> x || acc) False (map (> 10) [1 ..]))
  print (take 3 (map (`div` 1) [1, 2, 3, undefined :: Int]))
  let xs = [1, undefined, 3] :: [Int]
  print (length xs, head xs, last xs)
  print (seq (3 :: Int) (seq 'c' "both forced"))
  let f x = x `seq` x * 2
  print (f (21 :: Int))
  print (maybe 0 (const 1) (Just (undefined :: Int)) :: Int)
