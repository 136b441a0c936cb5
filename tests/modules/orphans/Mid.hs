module Mid (twice) where
import A.B.C.Orphan ()
twice :: (a -> a) -> a -> a
twice f = f . f
