module A where
infixr 5 +:
infixl 4 <:>
infix 3 `eq`
(+:) :: Int -> [Int] -> [Int]
x +: xs = x * 10 : xs
(<:>) :: Int -> Int -> Int
a <:> b = a * 2 + b
eq :: Int -> Int -> Bool
eq = (==)
data V = Int :> V | E Int deriving (Show, Eq)
infixr 6 :>
