module Core.Ops (total, cheapest, expensive) where

import Core.Types

total :: [Item] -> Int
total = sum . map price

cheapest :: [Item] -> Maybe Item
cheapest [] = Nothing
cheapest (i:is) = Just (foldr (\a b -> if price a < price b then a else b) i is)

expensive :: Int -> [Item] -> [Item]
expensive limit = filter ((> limit) . price)
