-- Operators with infixl/infixr/infix fixities declared in one module and
-- used in another, mixed with each other and with the Prelude's; a
-- backquoted function with a fixity; infix constructors (also qualified);
-- a class method operator; sections; prefix minus.
import Ops
import Expr (Expr(..), eval)
import qualified Expr as E

main :: IO ()
main = do
  print (1 |+| 2 |*| 3 |+| 4, 2 |*| 3 |+| 4 |*| 5)
  print (10 `minus` 3 `minus` 2, 10 `minus` 2 |*| 3 |+| 1)
  print (- 1 |+| 2, negate 1 |*| 3 |+| 2 * 2)
  print ([1, 2] +++ [3] +++ [4, 5] ++ [6], 0 : [1] +++ [2])
  print (13 === 3 |+| 10 * 1, 1 |+| 2 === 2 |*| 9)
  print (False ||| 1 === 2 ||| 3 |+| 4 === 17 && True)
  print (1 <#> 2 <#> 3 :: Int, True <#> False <#> True)
  print (map (|*| 2) [1, 2, 3], map (100 `minus`) [1, 2], map (`minus` 1) [1, 2])
  let e = Lit 1 :+: Lit 2 :*: Lit 3 :-: Neg (Lit 4) :*: Lit 5
  print e
  print (eval e, E.size e)
  print (Lit 1 E.:*: (Lit 2 E.:+: Lit 3))
  print ((Lit 1 :+: Lit 2) :+: Lit 3 == Lit 1 :+: Lit 2 :+: Lit 3)
  print (Just (Lit 1 :-: Lit 2), [Neg (Lit 0 :*: Lit 1)])
