module Wallet where
import Money

data Wallet = Wallet { coins :: [Money], tag :: Maybe Money } deriving (Show, Eq, Ord)
data Pair a = Pair a a deriving Show

instance Monoidish Wallet where
  zero = Wallet [] Nothing
  plus (Wallet a t) (Wallet b u) = Wallet (a ++ b) (max t u)

instance Monoidish a => Monoidish (Pair a) where
  zero = Pair zero zero
  plus (Pair a b) (Pair c d) = Pair (plus a c) (plus b d)

double :: Scalable a => a -> a
double x = plus x (scale 1 x)
