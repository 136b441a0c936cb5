module Main where

data Account = Account { owner :: String, balance :: Int }
  | Closed { owner :: String }

balanceOf :: Account -> Int
balanceOf a = case a of
  Account {} -> balance a
  Closed {} -> error ("account of " ++ owner a ++ " is closed")

main :: IO ()
main = do
  let accts = [Account "kim" 10, Account "lee" 5, Closed "max"]
  mapM_ (print . balanceOf) accts
