module Util.Table (Table, fromPairs, lookup, size) where

import Prelude hiding (lookup)
import qualified Prelude as P

newtype Table k v = Table [(k, v)]

fromPairs :: [(k, v)] -> Table k v
fromPairs = Table

lookup :: Eq k => k -> Table k v -> Maybe v
lookup k (Table kvs) = P.lookup k kvs

size :: Table k v -> Int
size (Table kvs) = length kvs
