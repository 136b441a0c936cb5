-- User-defined operators, fixity declarations, sections and infix constructors.
module Main (main) where

infixl 6 <+>
infixl 7 <.>
infixr 5 +++
infix 4 ===
infixr 0 `andThen`
infixl 9 `at`
infix 5 :->
infixr 5 :+:

(<+>) :: (Int, Int) -> (Int, Int) -> (Int, Int)
(a, b) <+> (c, d) = (a + c, b + d)

(<.>) :: Int -> (Int, Int) -> (Int, Int)
k <.> (a, b) = (k * a, k * b)

(+++) :: [a] -> [a] -> [a]
xs +++ ys = foldr (:) ys xs

(===) :: String -> String -> Bool
a === b = map toLowerAscii a == map toLowerAscii b
  where toLowerAscii c | c >= 'A' && c <= 'Z' = toEnum (fromEnum c + 32)
                       | otherwise = c

andThen :: (a -> b) -> (b -> c) -> a -> c
f `andThen` g = g . f

at :: [a] -> Int -> a
xs `at` n = xs !! n

-- Prefix definition of an operator.
(|>) :: a -> (a -> b) -> b
(|>) x f = f x
infixl 1 |>

data Rule = String :-> Int deriving Show

data List a = Nil | a :+: List a deriving (Show, Eq)

fromList :: [a] -> List a
fromList = foldr (:+:) Nil

sumList :: List Int -> Int
sumList Nil = 0
sumList (x :+: rest) = x + sumList rest

firstTwo :: List a -> Maybe (a, a)
firstTwo (a :+: b :+: _) = Just (a, b)
firstTwo _ = Nothing

ruleValue :: Rule -> Int
ruleValue (_ :-> v) = v

-- operators with symbols from the full set
(<$$>) :: (a -> b) -> [a] -> [b]
f <$$> xs = [f x | x <- xs]

(!?) :: [a] -> Int -> Maybe a
xs !? n | n < 0 || n >= length xs = Nothing
        | otherwise = Just (xs !! n)

(.:.) :: Int -> Int -> Int
a .:. b = a * 100 + b

(~~>) :: Int -> Int -> [Int]
a ~~> b = [a .. b]

main :: IO ()
main = do
  print ((1, 2) <+> 3 <.> (1, 1) <+> (10, 20))
  print ([1, 2] +++ [3] +++ [4, 5 :: Int])
  print ("Hello" === "hELLO", "a" === "b")
  print (((+ 1) `andThen` (* 2) `andThen` show) (5 :: Int))
  print ("abcdef" `at` 2, [10, 20, 30 :: Int] `at` 1 + 1)
  print ([1 .. 10 :: Int] |> filter even |> map (`div` 2) |> sum)
  print ("x" :-> 3, ruleValue ("y" :-> 4))
  let l = 1 :+: 2 :+: 3 :+: Nil
  print l
  print (sumList l, fromList "ab", firstTwo l, firstTwo (fromList "z"))
  print (l == fromList [1, 2, 3])
  -- sections
  print (map (+ 1) [1, 2, 3 :: Int])
  print (map (10 -) [1, 2, 3 :: Int])
  print (map (subtract 1) [1, 2, 3 :: Int])
  print (map (`div` 2) [10, 11, 12 :: Int], map (100 `div`) [3, 7 :: Int])
  print (map (2 ^) [0 .. 5 :: Int], map (^ (2 :: Int)) [1 .. 5 :: Int])
  print (map (<+> (1, 1)) [(0, 0), (5, 5)], map ((1, 1) <+>) [(2, 2)])
  print (map (:+: Nil) "ab", map ('q' :+:) [Nil])
  print ((`at` 0) "first", (`elem` "aeiou") 'e')
  print ((+) 3 4 :: Int, (:->) "z" 9, (+++) "ab" "cd")
  print (show <$$> [1, 2, 3 :: Int], [1, 2, 3 :: Int] !? 1, "abc" !? 5)
  print (3 .:. 4, 2 ~~> 5, (.:. 1) 2, (7 ~~>) 9)
  print (negate <$$> [1, -2, 3 :: Int])
  print ((- 3) + 1 :: Int, (\x -> - x) (4 :: Int), 2 - (-1) :: Int, - 2 ^ (2 :: Int) :: Int)
