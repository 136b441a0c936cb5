-- Type synonyms, records (field selectors, construction by field, record
-- update, record patterns) across modules; a newtype exported abstractly
-- with a smart constructor.
import Data.Account
import Data.Maybe (mapMaybe)

bonus :: Account -> Account
bonus a@Savings { rate = r } = a { balance = balance a * (100 + r) `div` 100 }
bonus a = a

describe :: Account -> String
describe Checking { owner = o, overdraft = d } = o ++ " (checking, overdraft " ++ show d ++ ")"
describe (Savings o _ r) = o ++ " (savings at " ++ show r ++ "%)"

main :: IO ()
main = do
  let amounts = mapMaybe mkPositive [50, -3, 0, 25]
      alice = foldr deposit (open "alice") amounts
      bob = Savings { owner = "bob", rate = 10, balance = 200 }
      carol = rename "carol" bob { rate = 5 }
      accounts = [alice, bob, carol]
  print (map getPositive amounts, maximum amounts)
  print alice
  print (bonus bob, bonus alice == alice)
  mapM_ (putStrLn . describe) accounts
  let ledger = balances (map bonus accounts) :: Ledger Amount
  print ledger
  print (sum (map snd ledger), [owner a | a@Savings {} <- accounts])
  print (overdraft alice, rate carol, balance carol { balance = 1 })
