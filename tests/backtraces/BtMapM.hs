module Main where

-- mapM_ over an action that fails.

emit :: Int -> IO ()
emit n = putStrLn (render n)
  where
    render k = if k == 3 then error "cannot render three" else replicate k '*'

main :: IO ()
main = mapM_ emit [1, 2, 3, 4]
