module Main where

-- Ordering of IO effects: putStr/putStrLn/print interleaved, mapM_,
-- sequence_, forM_, when/unless, do blocks returning values, let in do,
-- and nested do blocks.

import Control.Monad (forM_, when, unless, forM, replicateM_)

greet :: String -> IO Int
greet who = do
  putStr "hello, "
  putStrLn who
  return (length who)

main :: IO ()
main = do
  putStr "a"
  putStr "b"
  putStrLn "c"
  print (1 :: Int)
  n <- greet "world"
  print n
  let double x = x * 2
      m = double n
  print m
  mapM_ print [1, 2, 3 :: Int]
  sequence_ [putStr "x", putStr "y", putStrLn "z"]
  forM_ [1 .. 3 :: Int] $ \i -> do
    putStr (show i)
    when (even i) $ putStr " even"
    unless (even i) $ putStr " odd"
    putStrLn ""
  rs <- forM ["p", "qq", "rrr"] greet
  print rs
  total <- do
    let base = 10 :: Int
    extra <- return 5
    putStrLn "inner block"
    return (base + extra)
  print total
  replicateM_ 2 (putStr "-")
  putStrLn ""
  r <- sequence [return 'a', return 'b']
  putStrLn r
  if total > 12
    then do
      putStrLn "big"
      putStrLn "still big"
    else putStrLn "small"
  mapM_ (\(i, s) -> putStrLn (show i ++ ": " ++ s)) (zip [1 :: Int ..] ["one", "two"])
  putStr "no newline at end"
