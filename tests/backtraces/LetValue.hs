module Main where

lookupAge :: String -> [(String, Int)] -> Int
lookupAge name table =
  case lookup name table of
    Just a -> a
    Nothing -> error ("no age for " ++ name)

main :: IO ()
main = do
  let table = [("ann", 31), ("bob", 42)]
      ann = lookupAge "ann" table
      cid = lookupAge "cid" table
      both = ann + cid
  print ann
  print both
