module Main where

import Control.Monad
import System.IO

-- IO without input: mapM_, forM_, when, unless, zipWithM_, foldM,
-- replicateM_, sequence_, mapM, putStr/hPutStrLn stdout, hFlush.

main :: IO ()
main = do
  mapM_ print [1, 2, 3 :: Int]
  forM_ "ab" $ \c -> putStrLn [c, c]
  forM_ [1 .. 3 :: Int] $ \i -> do
    when (odd i) $ putStrLn (show i ++ " is odd")
    unless (odd i) $ putStrLn (show i ++ " is even")
  zipWithM_ (\i s -> putStrLn (show i ++ ". " ++ s)) [1 :: Int ..] ["alpha", "beta", "gamma"]
  total <- foldM (\acc x -> do { putStrLn ("acc=" ++ show acc); return (acc + x) }) 0 [10, 20, 30 :: Int]
  print total
  replicateM_ 2 (putStr "hey ")
  putStrLn ""
  sequence_ [putStr "x", putStr "y", putStrLn "z"]
  rs <- mapM (\x -> return (x * x)) [1 .. 4 :: Int]
  print rs
  hPutStrLn stdout "via hPutStrLn"
  hPutStr stdout "no newline, then flush"
  hFlush stdout
  putStrLn ""
  xs <- forM [1, 2, 3 :: Int] (return . show)
  print (concat xs)
  r <- return 5 >>= \x -> return (x + 1 :: Int)
  print r
  print =<< return "bind-flipped"
  mapM_ (putStrLn . fst) (filter snd (zip ["shown", "hidden", "also shown"] (cycle [True, False])))
  when False (error "never")
  let loop :: Int -> IO ()
      loop n = unless (n == 0) (putStr (show n ++ " ") >> loop (n - 1))
  loop 5
  putStrLn "liftoff"
