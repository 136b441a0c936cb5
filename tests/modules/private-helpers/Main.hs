-- Exported functions and class default methods that use a private helper
-- of their module (what -O inlines into Main must still reach it); hiding
-- a type hides the constructor of the same name; an operator with a fixity
-- used qualified; fixity declarations local to a where.
import Hidden hiding (T)
import qualified Hidden as H
import Data.Char (toUpper)

data Foo = Foo deriving Show
instance Cls Foo
instance Cls Bool where
  name b = map toUpper (show b)

main :: IO ()
main = do
  print (viaSecret Foo, name Foo, viaSecret True, name False)
  print (pub 2, mkT 4, H.U)
  print (3 |> (+ 1) |> (* 2) |> show |> length)
  print (1 H.|> (+ 1) H.|> (* 10))
  print (local 1 2 3)
  where
    local a b c = a <+> b <**> c
      where infixl 6 <+>
            infixl 7 <**>
            (<+>) = (+)
            (<**>) = (*)
