module Main where

inverse :: Int -> Int
inverse 0 = error "inverse of zero"
inverse n = 1000 `div` n

main :: IO ()
main = do
  mapM_ (\x -> putStrLn (show x ++ " => " ++ show (inverse x))) [4, 2, 1]
  mapM_ (\x -> print (inverse (x - 3))) [5, 4, 3, 2]
