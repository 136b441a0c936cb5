-- Every kind of pattern, multi-clause functions, guards and where clauses.
module Main where

data Expr = Lit Int | Neg Expr | Add Expr Expr | Mul Expr Expr | Var String
  deriving Show

data Op = Plus | Minus deriving (Show, Eq)

-- literal patterns: integers (incl. negative), chars, strings
classify :: Int -> String
classify 0 = "zero"
classify 1 = "one"
classify (-1) = "minus one"
classify n
  | n < 0, even n = "negative even"
  | n < 0 = "negative odd"
  | n > 100 = "big"
  | otherwise = "other"

vowel :: Char -> Bool
vowel 'a' = True
vowel 'e' = True
vowel 'i' = True
vowel 'o' = True
vowel 'u' = True
vowel _ = False

greet :: String -> String
greet "hello" = "hi!"
greet "" = "(silence)"
greet ('h' : rest) = "h-word: " ++ rest
greet s = s

frac :: Double -> String
frac 0.5 = "half"
frac (-2.5) = "minus two and a half"
frac _ = "some number"

-- constructor, nested and infix-constructor patterns
simplify :: Expr -> Expr
simplify (Add (Lit 0) e) = simplify e
simplify (Add e (Lit 0)) = simplify e
simplify (Mul (Lit 1) e) = simplify e
simplify (Mul _ (Lit 0)) = Lit 0
simplify (Neg (Neg e)) = simplify e
simplify (Add a b) = Add (simplify a) (simplify b)
simplify (Mul a b) = Mul (simplify a) (simplify b)
simplify e = e

eval :: [(String, Int)] -> Expr -> Int
eval _ (Lit n) = n
eval env (Neg e) = negate (eval env e)
eval env (Add a b) = eval env a + eval env b
eval env (Mul a b) = eval env a * eval env b
eval env (Var v) = case lookup v env of
  Just x -> x
  Nothing -> error ("unbound " ++ v)

-- list patterns
describeList :: Show a => [a] -> String
describeList [] = "empty"
describeList [x] = "singleton " ++ show x
describeList [x, y] = "pair " ++ show x ++ "," ++ show y
describeList (x : _ : _ : []) = "triple starting with " ++ show x
describeList (x : xs) = show x ++ " and " ++ show (length xs) ++ " more"

-- tuple patterns, nested tuples and wildcards
swap3 :: (a, b, c) -> (c, b, a)
swap3 (a, b, c) = (c, b, a)

deep :: ((Int, Char), [Maybe Int]) -> String
deep ((n, 'x'), Just m : _) = "x with " ++ show (n + m)
deep ((_, c), Nothing : rest) = c : show (length rest)
deep (_, _) = "other"

-- as-patterns
dupFirst :: [a] -> [a]
dupFirst all'@(x : _) = x : all'
dupFirst [] = []

compress :: Eq a => [a] -> [a]
compress (x : rest@(y : _))
  | x == y = compress rest
  | otherwise = x : compress rest
compress xs = xs

-- irrefutable patterns
lazyPair :: (Int, Int) -> Int
lazyPair ~(_, _) = 42

splitEvensOdds :: [Int] -> ([Int], [Int])
splitEvensOdds [] = ([], [])
splitEvensOdds (x : xs) =
  let ~(es, os) = splitEvensOdds xs
  in if even x then (x : es, os) else (es, x : os)

fibs :: [Integer]
fibs = 0 : 1 : zipWith (+) fibs (tail fibs)

-- guards with where, bindings shared across guards
bmi :: Double -> Double -> String
bmi weight height
  | v <= under = "under"
  | v <= normal = "normal"
  | otherwise = "over"
  where
    v = weight / height ^ (2 :: Int)
    (under, normal) = (18.5, 25.0)

-- pattern bindings at top level (and a signature for several names)
firstP :: Int
secondP :: String
one, two, three :: Int
answer :: Int
(firstP, secondP) = (10 :: Int, "ten")
[one, two, three] = [1, 2, 3 :: Int]
Just answer = Just (42 :: Int)

-- maybe / either patterns with nested constructors
sumRights :: [Either String (Maybe Int)] -> Int
sumRights (Right (Just n) : rest) = n + sumRights rest
sumRights (Right Nothing : rest) = sumRights rest
sumRights (Left _ : rest) = sumRights rest
sumRights [] = 0

-- case with guards in alternatives and where in the case alternative
sign :: Int -> String
sign n = case compare n 0 of
  LT | n < -10 -> "very negative"
     | otherwise -> "negative"
  EQ -> "zero"
  GT | big -> "very positive"
     | otherwise -> "positive"
    where big = n > 10

-- lambda with patterns
pairsum :: [(Int, Int)] -> [Int]
pairsum = map (\(a, b) -> a + b)

heads :: [[a]] -> [a]
heads = concatMap (\xs -> case xs of { [] -> []; (h : _) -> [h] })

main :: IO ()
main = do
  print (map classify [0, 1, -1, -4, -3, 500, 7])
  print (filter vowel "functional programming")
  print (map greet ["hello", "", "hat", "world"])
  print (map frac [0.5, -2.5, 3])
  let e = Add (Lit 0) (Mul (Lit 1) (Add (Var "x") (Neg (Neg (Lit 3)))))
  print (simplify e)
  print (eval [("x", 4)] e, eval [] (Mul (Lit 6) (Neg (Lit 7))))
  print (describeList ([] :: [Int]), describeList "a", describeList [True, False])
  print (describeList [1, 2, 3 :: Int], describeList "abcdef")
  print (swap3 (1 :: Int, 'b', "c"))
  print (deep ((1, 'x'), [Just 2]), deep ((1, 'y'), [Nothing, Nothing]), deep ((0, 'z'), []))
  print (dupFirst "abc", compress "aaabccddddx")
  print (lazyPair undefined, splitEvensOdds [1 .. 10], take 12 fibs)
  print (bmi 70 1.8, bmi 50 1.8, bmi 100 1.7)
  print (firstP, secondP, one + two + three, answer)
  print (sumRights [Right (Just 1), Left "x", Right Nothing, Right (Just 41)])
  print (map sign [-20, -5, 0, 5, 20])
  print (pairsum [(1, 2), (3, 4)], heads ["abc", "", "de"])
