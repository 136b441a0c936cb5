module Main where { import Data.Char (toUpper)
                  ; import qualified Data.List as L
-- A module whose body uses explicit braces; inner blocks mix both styles.
; data Token = TNum Int | TOp Char | TParen Char deriving (Show, Eq)

; tokenize :: String -> [Token]
; tokenize [] = []
; tokenize (c : cs)
    | c `elem` "+-*/" = TOp c : tokenize cs
    | c `elem` "()" = TParen c : tokenize cs
    | c == ' ' = tokenize cs
    | otherwise = let (ds, rest) = span (`elem` ['0' .. '9']) (c : cs)
                  in TNum (read ds) : tokenize rest

-- Layout blocks nested inside an explicit block.
; nestedWhere :: Int -> Int
; nestedWhere x = outer x + k
    where
      outer y = inner y + k
        where
          inner z = z * k
          k = 2
      k = 100
        + 1

; stepper :: [Int] -> [String]
; stepper xs = do
    x <- xs
    let y = x * 2
        z = y + 1
    if z > 5
      then return (show z)
      else []

; main :: IO ()
; main = do { print (tokenize "12 + (3*45) - 6")
            ; print (nestedWhere 5)
            ; print (stepper [1 .. 5])
            ; let { s = "layout" }
            ; putStrLn (map toUpper s)
            ; mixed
            ; print (L.sort [3, 1, 2 :: Int])
            }

; mixed :: IO ()
; mixed = do
    -- operator at the start of a continuation line
    let total = 1
              + 2
              * 3
    print (total :: Int)
    -- where-less guards inside a case inside a let
    let describe n = case n of
          0 -> "zero"
          k | k < 0 -> "neg"
            | otherwise -> "pos"
    mapM_ (putStrLn . describe) [0, -1, 1 :: Int]
    -- several statements on one line with explicit semicolons inside a layout block
    let a = 1 :: Int; b = 2
    print (a + b); print (a * b)
    -- a do block inside parentheses, closed by the parenthesis
    r <- (do return 7)
    print (r :: Int)
    -- nested do with its own indentation
    mapM_ (\i -> do
             putStr (show (i :: Int))
             putStr ":")
          [1, 2, 3]
    putStrLn ""
    -- case in an argument position closed by the end of the tuple
    print (case r of 7 -> "seven"; _ -> "other", if r > 3 then "big" else "small")
    -- let with a guarded local definition and a where-bound helper
    let f n | n > 10 = "big"
            | otherwise = helper n
          where helper m = "small " ++ show (m :: Int)
    putStrLn (f 3) >> putStrLn (f 30)
    -- list literal spanning lines, with comments inside
    print [ 1 -- one
          , 2 {- two -}
          , 3
          :: Int ]
    -- the last statement ends the block at the closing brace of the module
}
