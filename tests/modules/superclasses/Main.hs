-- A class with a superclass that is a class of another module; instances
-- in two modules, one with a context; defaults using the superclass; a
-- hand-written showsPrec of one module inside derived Show instances of
-- another (negative numbers, records, Maybe, lists).
import Money
import Wallet

main :: IO ()
main = do
  let w = Wallet [cents 5, cents (-3)] (Just (cents 7))
  print w
  print (total [w, w], biggest [cents 3, cents 9, cents (-1)])
  print (Pair (cents 1) (cents (-2)), total [Pair (cents 1) (cents 2), Pair (cents 3) (cents 4)])
  print (double (cents 21), [Just (cents (-4))], compare w zero)
  print (total (map cents [1 .. 10]), maximum (coins w))
