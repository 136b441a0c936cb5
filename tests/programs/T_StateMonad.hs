module Main where

-- A State-like newtype with Functor/Applicative/Monad instances, used with
-- do-notation, mapM, mapM_, sequence, foldr and replicateM-style recursion.

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
modify f = get >>= put . f

evalState :: State s a -> s -> a
evalState m s = fst (runState m s)

execState :: State s a -> s -> s
execState m s = snd (runState m s)

fresh :: State Int Int
fresh = do
  n <- get
  put (n + 1)
  return n

label :: [a] -> State Int [(Int, a)]
label = mapM (\x -> do { n <- fresh; return (n, x) })

sumList :: [Int] -> State Int ()
sumList = mapM_ (\x -> modify (+ x))

fibState :: Int -> State (Integer, Integer) Integer
fibState 0 = fmap fst get
fibState n = do
  (a, b) <- get
  put (b, a + b)
  fibState (n - 1)

main :: IO ()
main = do
  print (runState fresh 10)
  print (evalState (label "abc") 100)
  print (execState (sumList [1 .. 10]) 0)
  print (evalState (sequence [fresh, fresh, fresh]) 7)
  print (evalState (fibState 90) (0, 1))
  print (runState (foldr (\x acc -> modify (* x) >> acc) (return "done") [1 .. 5]) 1)
  print (evalState (fmap (* 2) fresh) 21)
  print (evalState ((,) <$> fresh <*> fresh) 0)
  print (execState (mapM_ (\_ -> fresh) [1 .. 1000 :: Int]) 0)
