module Core.Types (Item(..), label) where

data Item = Item { name :: String, price :: Int } deriving (Show, Eq)

label :: Item -> String
label i = name i ++ ": " ++ show (price i)
