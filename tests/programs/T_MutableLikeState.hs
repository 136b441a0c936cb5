module Main where

-- A hand-written State monad and Writer-like logging monad (newtypes with
-- Functor/Applicative/Monad instances) driving a small bank-account
-- simulation.

import Control.Monad (forM_, when, replicateM)

newtype State s a = State { runState :: s -> (a, s) }

instance Functor (State s) where
  fmap f (State g) = State $ \s -> let (a, s') = g s in (f a, s')

instance Applicative (State s) where
  pure a = State $ \s -> (a, s)
  State f <*> State g = State $ \s ->
    let (h, s1) = f s
        (a, s2) = g s1
    in (h a, s2)

instance Monad (State s) where
  return = pure
  State g >>= k = State $ \s -> let (a, s') = g s in runState (k a) s'

get :: State s s
get = State $ \s -> (s, s)

put :: s -> State s ()
put s = State $ \_ -> ((), s)

modify :: (s -> s) -> State s ()
modify f = State $ \s -> ((), f s)

newtype Writer a = Writer { runWriter :: (a, [String]) }

instance Functor Writer where
  fmap f (Writer (a, w)) = Writer (f a, w)

instance Applicative Writer where
  pure a = Writer (a, [])
  Writer (f, w1) <*> Writer (a, w2) = Writer (f a, w1 ++ w2)

instance Monad Writer where
  Writer (a, w) >>= k = let Writer (b, w') = k a in Writer (b, w ++ w')

tell :: String -> Writer ()
tell s = Writer ((), [s])

data Account = Account { balance :: Int, history :: [Int] } deriving Show

deposit :: Int -> State Account ()
deposit n = modify (\a -> a { balance = balance a + n, history = n : history a })

withdraw :: Int -> State Account Bool
withdraw n = do
  acc <- get
  if balance acc >= n
    then put acc { balance = balance acc - n, history = negate n : history acc } >> return True
    else return False

simulation :: State Account [Bool]
simulation = do
  deposit 100
  r1 <- withdraw 30
  r2 <- withdraw 500
  forM_ [1 .. 5] deposit
  rs <- replicateM 3 (withdraw 40)
  return (r1 : r2 : rs)

counter :: State Int [Int]
counter = replicateM 5 (do { n <- get; put (n * 2 + 1); return n })

collatzW :: Int -> Writer Int
collatzW 1 = tell "done" >> return 0
collatzW n = do
  tell (show n)
  when (n > 50) $ tell "big!"
  steps <- collatzW (if even n then n `div` 2 else 3 * n + 1)
  return (steps + 1)

main :: IO ()
main = do
  let (results, final) = runState simulation (Account 0 [])
  print results
  print final
  print (runState counter 0)
  print (fst (runState (fmap (* 10) get) 7))
  let (steps, logLines) = runWriter (collatzW 7)
  print steps
  putStrLn (unwords logLines)
