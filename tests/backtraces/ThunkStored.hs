module Main where

data Box = Box Int Int

-- The second field is a thunk built here ...
makeBox :: Int -> Box
makeBox n =
  Box n (if even n then n `div` 2 else error ("odd box " ++ show n))

-- ... and forced there.
openBox :: Box -> Int
openBox (Box a b) = a * 10 + b

boxes :: [Box]
boxes = map makeBox [2, 4, 7, 8]

main :: IO ()
main = mapM_ (print . openBox) boxes
