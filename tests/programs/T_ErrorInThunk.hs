module Main where

-- `error` with a computed message inside a lazily evaluated structure:
-- the error only fires when the element is demanded, after earlier output.
-- Expected exit code: 1 (see T_ErrorInThunk.stderr).

inverses :: [Int] -> [Int]
inverses = map inv
  where
    inv 0 = error ("no inverse for element " ++ show (length "zero") ++ " of the table")
    inv n = 1000 `div` n

main :: IO ()
main = do
  let table = inverses [4, 5, 0, 8]
  putStrLn "table built"
  print (length table)
  print (take 2 table)
  print (table !! 3)
  mapM_ print table
  putStrLn "not reached"
