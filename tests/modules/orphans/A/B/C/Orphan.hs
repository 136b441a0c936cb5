module A.B.C.Orphan () where

instance Show (a -> b) where
  show _ = "<function>"

instance Num Bool where
  (+) = (/=)
  (*) = (&&)
  negate = id
  abs = id
  signum = id
  fromInteger n = odd n
