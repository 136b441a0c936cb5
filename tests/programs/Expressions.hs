-- Expressions: let, case, if, lambdas, comprehensions, sequences, layout.
module Main where

-- explicit braces and semicolons everywhere
explicit :: Int -> Int
explicit n = let { a = n + 1; b = a * 2 ; } in case b of { 0 -> 0 ; m | m > 10 -> m - 10 | otherwise -> m }

braced :: Int -> String
braced x = case x of { 1 -> "one"; 2 -> "two"; _ -> "many" }

-- layout-sensitive: case closed by a parenthesis
parenCase :: Maybe Int -> Int
parenCase m = (case m of Just v -> v; Nothing -> 0) + 1

inlineCase :: Int -> [String]
inlineCase n = [case n of 0 -> "z"; _ -> "nz", "end"]

-- let ... in on one line, nested lets
oneLine :: Int -> Int
oneLine x = let y = x * x in let z = y + 1 in z * 2

multiLet :: Int -> Int
multiLet x =
  let a = x + 1
      b = a * 2
      f k = k + a + b
  in f 10

-- if/then/else, nested, as arguments
collatz :: Int -> [Int]
collatz 1 = [1]
collatz n = n : collatz (if even n then n `div` 2 else 3 * n + 1)

grade :: Int -> Char
grade s = if s >= 90 then 'A' else if s >= 80 then 'B' else if s >= 70 then 'C' else 'F'

-- where after guards, with local function definitions and guards inside
roots :: Double -> Double -> Double -> [Double]
roots a b c
  | disc < 0 = []
  | disc == 0 = [centre]
  | otherwise = [centre - offset, centre + offset]
  where
    disc = b * b - 4 * a * c
    centre = -b / (2 * a)
    offset = sqrt disc / (2 * a)

-- lambdas, including multi-argument and nested
compose3 :: (c -> d) -> (b -> c) -> (a -> b) -> a -> d
compose3 = \f g h -> \x -> f (g (h x))

adders :: [Int -> Int]
adders = map (\n -> \x -> x + n) [1, 2, 3]

-- list comprehensions with generators, guards and let
pythagorean :: Int -> [(Int, Int, Int)]
pythagorean n = [(a, b, c) | c <- [1 .. n], b <- [1 .. c], a <- [1 .. b], a * a + b * b == c * c]

squaresOfOdds :: [Int] -> [Int]
squaresOfOdds xs = [sq | x <- xs, odd x, let sq = x * x, sq > 10]

pairsWithIndex :: [a] -> [(Int, a)]
pairsWithIndex xs = [(i, x) | (i, x) <- zip [0 ..] xs]

nested :: [[Int]]
nested = [[x * y | y <- [1 .. 3]] | x <- [1 .. 3]]

matches :: [(Char, Int)]
matches = [(c, n) | Just c <- [Just 'a', Nothing, Just 'b'], n <- [1, 2], let m = n * 2, m /= 2]

-- arithmetic sequences
sequences :: ([Int], [Int], [Int], [Int], String, [Double], [Int])
sequences =
  ( take 5 [7 ..]
  , take 4 [10, 20 ..]
  , [3 .. 9]
  , [20, 17 .. 1]
  , ['a' .. 'f']
  , [1.0, 1.5 .. 3.0]
  , [5 .. 1]
  )

-- type annotations inside expressions
annotated :: (Int, Double, Integer, String)
annotated = (fromIntegral (3 :: Int) + 1 :: Int, (2 :: Double) / 4, 2 ^ (70 :: Int) :: Integer, show (7 :: Int))

-- operators and function application precedence, negation
arith :: [Int]
arith = [1 + 2 * 3, (1 + 2) * 3, 2 ^ (3 :: Int) ^ (2 :: Int), 10 - 3 - 2, -3 + 5, negate (-4), 17 `mod` 5, -17 `mod` 5, (-17) `mod` 5, -7 `div` 2, -7 `quot` 2]

main :: IO ()
main = do
  print (map explicit [-1, 3, 10])
  print (map braced [1, 2, 3])
  print (parenCase (Just 4), parenCase Nothing, inlineCase 0, inlineCase 1)
  print (oneLine 3, multiLet 1)
  print (collatz 6, map grade [95, 85, 75, 10])
  print (roots 1 (-3) 2, roots 1 2 1, roots 1 0 1)
  print (compose3 (+ 1) (* 2) (subtract 3) 10, map ($ 10) adders)
  print (pythagorean 20)
  print (squaresOfOdds [1 .. 9], pairsWithIndex "abc")
  print (nested, matches)
  print sequences
  print annotated
  print arith
  -- if inside do with then/else on following lines
  let n = 5 :: Int
  if n > 3
    then putStrLn "big"
    else putStrLn "small"
  if even n
  then putStrLn "even"
  else do
    putStrLn "odd"
    putStrLn "(really)"
  -- case inside do
  case lookup n [(5, "five")] of
    Just s -> putStrLn s
    Nothing -> return ()
  -- let block in do with several bindings and a local function
  let double x = x * 2
      quad = double . double
  print (quad n)
  let { a = 1 :: Int; b = 2 }
  print (a + b)
  -- seq, $ and . combinations
  print $ map (show . (* 2)) $ filter odd [1 .. 7 :: Int]
  print (foldr (\x acc -> x : take 2 acc) [] [1 .. 10 :: Int])
  print (zip3 [1 :: Int ..] "abc" [True, False, True], unzip [(1 :: Int, 'x'), (2, 'y')])
