module Main where

data Money = Money Int Int

instance Show Money where
  show (Money units cents)
    | cents > 99 = error ("bad cents: " ++ show cents)
    | otherwise = show units ++ "." ++ pad cents
    where
      pad c = if c < 10 then '0' : show c else show c

prices :: [Money]
prices = [Money 3 5, Money 10 50, Money 7 120]

main :: IO ()
main = do
  print (head prices)
  mapM_ print prices
