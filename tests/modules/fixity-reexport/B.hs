module B (module A, (<<>>)) where
import A
infixl 9 <<>>
(<<>>) :: Int -> Int -> Int
a <<>> b = a - b
