-- do-notation in IO, Maybe and lists.
module Main (main) where

safeDiv :: Int -> Int -> Maybe Int
safeDiv _ 0 = Nothing
safeDiv a b = Just (a `div` b)

-- do in the Maybe monad
calc :: Int -> Int -> Int -> Maybe Int
calc a b c = do
  x <- safeDiv a b
  y <- safeDiv x c
  let z = x + y
  return (z * 2)

lookupChain :: [(String, String)] -> String -> Maybe String
lookupChain env k = do
  v1 <- lookup k env
  v2 <- lookup v1 env
  Just v2

-- pattern-match failure in a Maybe do block yields Nothing
firstJust :: [Maybe Int] -> Maybe Int
firstJust xs = do
  (Just v : _) <- Just xs
  return v

-- do in the list monad
pairs :: [(Int, Char)]
pairs = do
  n <- [1, 2, 3]
  c <- "ab"
  [(n, c)]

triples :: Int -> [(Int, Int, Int)]
triples n = do
  a <- [1 .. n]
  b <- [a .. n]
  c <- [b .. n]
  if a * a + b * b == c * c then return (a, b, c) else []

evensOnly :: [Int]
evensOnly = do { x <- [1 .. 10]; Just y <- [Just x, Nothing]; if even y then [y] else [] }

-- mapM / sequence / monadic helpers from the Prelude
countdown :: Int -> IO ()
countdown 0 = putStrLn "liftoff"
countdown n = do
  putStr (show n ++ " ")
  countdown (n - 1)

loop :: Int -> Int -> IO Int
loop acc i
  | i > 5 = return acc
  | otherwise = do
      let acc' = acc + i
      if acc' > 100
        then return acc'
        else loop acc' (i + 1)

main :: IO ()
main = do
  print (calc 100 5 2, calc 1 0 2, calc 10 2 0)
  let env = [("a", "b"), ("b", "c"), ("x", "y")]
  print (lookupChain env "a", lookupChain env "x", lookupChain env "q")
  print (firstJust [Just 3, Nothing], firstJust [Nothing, Just 4], firstJust [])
  print pairs
  print (triples 13)
  print evensOnly
  print (sequence [Just 1, Just 2], sequence [Just 1, Nothing :: Maybe Int])
  print (mapM (\x -> if x > 0 then Just x else Nothing) [1, 2, 3 :: Int])
  print (sequence [[1, 2], [3, 4 :: Int]])
  countdown 3
  total <- loop 0 1
  print total
  mapM_ print [Left "err", Right (3 :: Int)]
  rs <- mapM (\x -> return (x * x)) [1 .. 4 :: Int]
  print rs
  sequence_ [putStr "a", putStr "b", putStrLn "c"]
  r <- return 10 >>= \x -> return (x + 1 :: Int)
  print r
  maybe (return ()) print (Just 5 >>= return . (+ (1 :: Int)))
  print =<< return "bind-flipped"
  putStrLn "done" >> putStrLn "really done"
  let xs = [1, 2, 3] :: [Int]
  (_, s) <- return (length xs, sum xs)
  print s
