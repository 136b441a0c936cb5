-- Small helpers of one module used heavily in Main (and inlined under -O);
-- classes whose default methods are overridden, or not, in another module.
import Util
import Measure
import Instances

main :: IO ()
main = do
  print (map square [1 .. 10 :: Int], square 1.5 :: Double)
  print (compose [(+ 1), square, cube] 2, twice square (3 :: Integer))
  print (applyN 5 (* 2) 1, applyN 3 (twice (+ 1)) 0, applyN 0 square 7)
  print (sumBy square [1 .. 100], sumBy (cube . fst) [(1, 'a'), (2, 'b')])
  print (sum (map (applyN 2 square) [1 .. 5 :: Int]))
  mapM_ putStrLn [describe (Word' "hello"), describe (3 :: Int), describe True, describe False]
  print (measure (Word' "abc"), measure (False || True), label (2 :: Int))
  let s = fromL "abc" :: Stack Char
      q = insert 'd' (fromL "abc") :: Queue Char
  print (toL s, size s, toL (insert 'z' s))
  print (toL q, size q, size (empty :: Queue Int))
