-- Fixities travel with re-exports: operators, a backquoted function and
-- an infix constructor declared in A, re-exported by B (`module A`), used
-- in Main unqualified and qualified, in sections and in patterns.
import B
import qualified B as Q

main :: IO ()
main = do
  print (1 +: 2 +: [], 1 <:> 2 <:> 3, 1 + 1 <:> 5)
  print (1 <:> 2 `eq` 4, 10 <<>> 3 <<>> 2 * 2)
  print (1 Q.+: 2 Q.+: [], 1 Q.<:> 2 Q.<:> 3, map (Q.<:> 1) [1, 2], map (`Q.eq` 2) [2, 3])
  print (1 :> E 2, 1 :> 2 :> E 3, 1 :> 2 :> E 3 == 1 :> (2 :> E 3), Just (1 Q.:> 2 Q.:> E 0))
  print [x | x Q.:> _ <- [1 :> E 2, 3 :> 4 :> E 0]]
