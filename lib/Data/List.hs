-- Operations on lists: base's Data.List (the list functions of the Prelude,
-- the Foldable ones at their Foldable types, and the rest of the module).
module Data.List
  ( -- Basic functions
    (++), head, last, tail, init, uncons, singleton, null, length
    -- Transformations
  , map, reverse, intersperse, intercalate, transpose, subsequences, permutations
    -- Reducing lists
  , foldl, foldl', foldl1, foldl1', foldr, foldr1
  , concat, concatMap, and, or, any, all, sum, product, maximum, minimum
    -- Building lists
  , scanl, scanl', scanl1, scanr, scanr1
  , mapAccumL, mapAccumR
  , iterate, iterate', repeat, replicate, cycle
  , unfoldr
    -- Sublists
  , take, drop, splitAt, takeWhile, dropWhile, dropWhileEnd, span, break
  , stripPrefix, group, inits, tails
  , isPrefixOf, isSuffixOf, isInfixOf, isSubsequenceOf
    -- Searching
  , elem, notElem, lookup, find, filter, partition
    -- Indexing
  , (!!), elemIndex, elemIndices, findIndex, findIndices
    -- Zipping and unzipping
  , zip, zip3, zip4, zip5, zip6, zip7
  , zipWith, zipWith3, zipWith4, zipWith5, zipWith6, zipWith7
  , unzip, unzip3, unzip4, unzip5, unzip6, unzip7
    -- Strings
  , lines, words, unlines, unwords
    -- Sets and ordered lists
  , nub, delete, (\\), union, intersect
  , sort, sortOn, insert
  , nubBy, deleteBy, deleteFirstsBy, unionBy, intersectBy, groupBy
  , sortBy, insertBy, maximumBy, minimumBy
    -- Generic versions
  , genericLength, genericTake, genericDrop, genericSplitAt, genericIndex
  , genericReplicate
  ) where

infix 5 \\

uncons :: [a] -> Maybe (a, [a])
uncons [] = Nothing
uncons (x : xs) = Just (x, xs)

singleton :: a -> [a]
singleton x = [x]

intersperse :: a -> [a] -> [a]
intersperse _ [] = []
intersperse sep (x : xs) = x : go xs
  where
    go [] = []
    go (y : ys) = sep : y : go ys

intercalate :: [a] -> [[a]] -> [a]
intercalate sep xss = concat (intersperse sep xss)

transpose :: [[a]] -> [[a]]
transpose [] = []
transpose ([] : rows) = transpose rows
transpose ((x : xs) : rows) =
  (x : [h | (h : _) <- rows]) : transpose (xs : [t | (_ : t) <- rows])

-- In base's order: the subsequences without the last element come first.
subsequences :: [a] -> [[a]]
subsequences xs = [] : nonEmpty xs
  where
    nonEmpty [] = []
    nonEmpty (y : ys) = [y] : foldr (\s r -> s : (y : s) : r) [] (nonEmpty ys)

-- In base's order (and as lazy: it works on infinite lists): the list itself,
-- then, for each element t in turn, the permutations in which t is the first
-- element to leave its place, made by inserting t into each permutation of
-- the elements before it (at every position but the last), followed by the
-- elements after it.
permutations :: [a] -> [[a]]
permutations xs0 = xs0 : go xs0 []
  where
    go [] _ = []
    go (t : ts) before = foldr (insertions t ts) (go ts (t : before)) (permutations before)
    insertions t ts p rest = build id p
      where
        build _ [] = rest
        build pre (y : ys) = pre (t : y : ys ++ ts) : build (pre . (y :)) ys

foldl' :: Foldable t => (b -> a -> b) -> b -> t a -> b
foldl' f z0 t = foldr (\x k z -> k $! f z x) id t z0

foldl1' :: (a -> a -> a) -> [a] -> a
foldl1' _ [] = errorWithoutStackTrace "Prelude.foldl1': empty list"
foldl1' f (x : xs) = foldl' f x xs

scanl' :: (b -> a -> b) -> b -> [a] -> [b]
scanl' f q ls = q `seq` (q : case ls of
  [] -> []
  x : xs -> scanl' f (f q x) xs)

-- The state-passing applicatives behind mapAccumL (left to right) and
-- mapAccumR (right to left).
newtype StateL s a = StateL (s -> (s, a))
newtype StateR s a = StateR (s -> (s, a))

runStateL :: StateL s a -> s -> (s, a)
runStateL (StateL f) = f

runStateR :: StateR s a -> s -> (s, a)
runStateR (StateR f) = f

instance Functor (StateL s) where
  fmap f (StateL k) = StateL (\s -> let (s', v) = k s in (s', f v))

instance Applicative (StateL s) where
  pure x = StateL (\s -> (s, x))
  StateL kf <*> StateL kv = StateL (\s ->
    let (s', f) = kf s
        (s'', v) = kv s'
    in (s'', f v))

instance Functor (StateR s) where
  fmap f (StateR k) = StateR (\s -> let (s', v) = k s in (s', f v))

instance Applicative (StateR s) where
  pure x = StateR (\s -> (s, x))
  StateR kf <*> StateR kv = StateR (\s ->
    let (s', v) = kv s
        (s'', f) = kf s'
    in (s'', f v))

mapAccumL :: Traversable t => (s -> a -> (s, b)) -> s -> t a -> (s, t b)
mapAccumL f s t = runStateL (traverse (\x -> StateL (\acc -> f acc x)) t) s

mapAccumR :: Traversable t => (s -> a -> (s, b)) -> s -> t a -> (s, t b)
mapAccumR f s t = runStateR (traverse (\x -> StateR (\acc -> f acc x)) t) s

iterate' :: (a -> a) -> a -> [a]
iterate' f x = x `seq` (x : iterate' f (f x))

unfoldr :: (b -> Maybe (a, b)) -> b -> [a]
unfoldr f b = case f b of
  Nothing -> []
  Just (x, b') -> x : unfoldr f b'

dropWhileEnd :: (a -> Bool) -> [a] -> [a]
dropWhileEnd p = foldr (\x xs -> if p x && null xs then [] else x : xs) []

stripPrefix :: Eq a => [a] -> [a] -> Maybe [a]
stripPrefix [] ys = Just ys
stripPrefix (x : xs) (y : ys) | x == y = stripPrefix xs ys
stripPrefix _ _ = Nothing

group :: Eq a => [a] -> [[a]]
group = groupBy (==)

groupBy :: (a -> a -> Bool) -> [a] -> [[a]]
groupBy _ [] = []
groupBy eq (x : xs) = (x : ys) : groupBy eq zs
  where (ys, zs) = span (eq x) xs

inits :: [a] -> [[a]]
inits xs = [] : case xs of
  [] -> []
  y : ys -> map (y :) (inits ys)

tails :: [a] -> [[a]]
tails xs = xs : case xs of
  [] -> []
  _ : ys -> tails ys

isPrefixOf :: Eq a => [a] -> [a] -> Bool
isPrefixOf [] _ = True
isPrefixOf (_ : _) [] = False
isPrefixOf (x : xs) (y : ys) = x == y && isPrefixOf xs ys

isSuffixOf :: Eq a => [a] -> [a] -> Bool
isSuffixOf xs ys = reverse xs `isPrefixOf` reverse ys

isInfixOf :: Eq a => [a] -> [a] -> Bool
isInfixOf needle haystack = any (isPrefixOf needle) (tails haystack)

isSubsequenceOf :: Eq a => [a] -> [a] -> Bool
isSubsequenceOf [] _ = True
isSubsequenceOf _ [] = False
isSubsequenceOf a@(x : a') (y : b)
  | x == y = isSubsequenceOf a' b
  | otherwise = isSubsequenceOf a b

find :: Foldable t => (a -> Bool) -> t a -> Maybe a
find p = foldr (\x r -> if p x then Just x else r) Nothing

partition :: (a -> Bool) -> [a] -> ([a], [a])
partition p xs = foldr select ([], []) xs
  where select x ~(ts, fs) = if p x then (x : ts, fs) else (ts, x : fs)

elemIndex :: Eq a => a -> [a] -> Maybe Int
elemIndex x = findIndex (x ==)

elemIndices :: Eq a => a -> [a] -> [Int]
elemIndices x = findIndices (x ==)

findIndex :: (a -> Bool) -> [a] -> Maybe Int
findIndex p xs = case findIndices p xs of
  [] -> Nothing
  i : _ -> Just i

findIndices :: (a -> Bool) -> [a] -> [Int]
findIndices p xs0 = go 0 xs0
  where
    go _ [] = []
    go i (x : xs) = if p x then i : go (i + 1) xs else go (i + 1) xs

zip4 :: [a] -> [b] -> [c] -> [d] -> [(a, b, c, d)]
zip4 = zipWith4 (\a b c d -> (a, b, c, d))

zip5 :: [a] -> [b] -> [c] -> [d] -> [e] -> [(a, b, c, d, e)]
zip5 = zipWith5 (\a b c d e -> (a, b, c, d, e))

zip6 :: [a] -> [b] -> [c] -> [d] -> [e] -> [f] -> [(a, b, c, d, e, f)]
zip6 = zipWith6 (\a b c d e f -> (a, b, c, d, e, f))

zip7 :: [a] -> [b] -> [c] -> [d] -> [e] -> [f] -> [g] -> [(a, b, c, d, e, f, g)]
zip7 = zipWith7 (\a b c d e f g -> (a, b, c, d, e, f, g))

zipWith4 :: (a -> b -> c -> d -> e) -> [a] -> [b] -> [c] -> [d] -> [e]
zipWith4 z (a : as') (b : bs) (c : cs) (d : ds) = z a b c d : zipWith4 z as' bs cs ds
zipWith4 _ _ _ _ _ = []

zipWith5 :: (a -> b -> c -> d -> e -> f) -> [a] -> [b] -> [c] -> [d] -> [e] -> [f]
zipWith5 z (a : as') (b : bs) (c : cs) (d : ds) (e : es) =
  z a b c d e : zipWith5 z as' bs cs ds es
zipWith5 _ _ _ _ _ _ = []

zipWith6 :: (a -> b -> c -> d -> e -> f -> g)
         -> [a] -> [b] -> [c] -> [d] -> [e] -> [f] -> [g]
zipWith6 z (a : as') (b : bs) (c : cs) (d : ds) (e : es) (f : fs) =
  z a b c d e f : zipWith6 z as' bs cs ds es fs
zipWith6 _ _ _ _ _ _ _ = []

zipWith7 :: (a -> b -> c -> d -> e -> f -> g -> h)
         -> [a] -> [b] -> [c] -> [d] -> [e] -> [f] -> [g] -> [h]
zipWith7 z (a : as') (b : bs) (c : cs) (d : ds) (e : es) (f : fs) (g : gs) =
  z a b c d e f g : zipWith7 z as' bs cs ds es fs gs
zipWith7 _ _ _ _ _ _ _ _ = []

unzip4 :: [(a, b, c, d)] -> ([a], [b], [c], [d])
unzip4 = foldr (\(a, b, c, d) ~(as', bs, cs, ds) -> (a : as', b : bs, c : cs, d : ds))
               ([], [], [], [])

unzip5 :: [(a, b, c, d, e)] -> ([a], [b], [c], [d], [e])
unzip5 = foldr (\(a, b, c, d, e) ~(as', bs, cs, ds, es) ->
                  (a : as', b : bs, c : cs, d : ds, e : es))
               ([], [], [], [], [])

unzip6 :: [(a, b, c, d, e, f)] -> ([a], [b], [c], [d], [e], [f])
unzip6 = foldr (\(a, b, c, d, e, f) ~(as', bs, cs, ds, es, fs) ->
                  (a : as', b : bs, c : cs, d : ds, e : es, f : fs))
               ([], [], [], [], [], [])

unzip7 :: [(a, b, c, d, e, f, g)] -> ([a], [b], [c], [d], [e], [f], [g])
unzip7 = foldr (\(a, b, c, d, e, f, g) ~(as', bs, cs, ds, es, fs, gs) ->
                  (a : as', b : bs, c : cs, d : ds, e : es, f : fs, g : gs))
               ([], [], [], [], [], [], [])

nub :: Eq a => [a] -> [a]
nub = nubBy (==)

-- Keeps the first occurrence; the equality gets an earlier element first.
nubBy :: (a -> a -> Bool) -> [a] -> [a]
nubBy eq l = go l []
  where
    go [] _ = []
    go (y : ys) seen
      | any (\x -> eq x y) seen = go ys seen
      | otherwise = y : go ys (y : seen)

delete :: Eq a => a -> [a] -> [a]
delete = deleteBy (==)

deleteBy :: (a -> a -> Bool) -> a -> [a] -> [a]
deleteBy _ _ [] = []
deleteBy eq x (y : ys) = if eq x y then ys else y : deleteBy eq x ys

(\\) :: Eq a => [a] -> [a] -> [a]
(\\) = foldl (flip delete)

deleteFirstsBy :: (a -> a -> Bool) -> [a] -> [a] -> [a]
deleteFirstsBy eq = foldl (flip (deleteBy eq))

union :: Eq a => [a] -> [a] -> [a]
union = unionBy (==)

unionBy :: (a -> a -> Bool) -> [a] -> [a] -> [a]
unionBy eq xs ys = xs ++ foldl (flip (deleteBy eq)) (nubBy eq ys) xs

intersect :: Eq a => [a] -> [a] -> [a]
intersect = intersectBy (==)

intersectBy :: (a -> a -> Bool) -> [a] -> [a] -> [a]
intersectBy _ [] _ = []
intersectBy _ _ [] = []
intersectBy eq xs ys = [x | x <- xs, any (eq x) ys]

sort :: Ord a => [a] -> [a]
sort = sortBy compare

sortOn :: Ord b => (a -> b) -> [a] -> [a]
sortOn f xs = map snd (sortBy (\p q -> compare (fst p) (fst q))
                              (map (\x -> let y = f x in y `seq` (y, x)) xs))

-- A stable merge sort: the input is cut into ascending runs (a strictly
-- descending run is reversed), then pairs of runs are merged until one is
-- left.
sortBy :: (a -> a -> Ordering) -> [a] -> [a]
sortBy cmp = mergeAll . runs
  where
    runs (a : b : xs)
      | cmp a b == GT = descending b [a] xs
      | otherwise = ascending b (a :) xs
    runs xs = [xs]
    descending a as' (b : bs) | cmp a b == GT = descending b (a : as') bs
    descending a as' bs = (a : as') : runs bs
    ascending a as' (b : bs) | cmp a b /= GT = ascending b (as' . (a :)) bs
    ascending a as' bs = as' [a] : runs bs
    mergeAll [x] = x
    mergeAll xs = mergeAll (mergePairs xs)
    mergePairs (a : b : xs) = let x = merge a b in x `seq` (x : mergePairs xs)
    mergePairs xs = xs
    merge as'@(a : as'') bs@(b : bs')
      | cmp a b == GT = b : merge as' bs'
      | otherwise = a : merge as'' bs
    merge [] bs = bs
    merge as' [] = as'

insert :: Ord a => a -> [a] -> [a]
insert = insertBy compare

insertBy :: (a -> a -> Ordering) -> a -> [a] -> [a]
insertBy _ x [] = [x]
insertBy cmp x ys@(y : ys') = case cmp x y of
  GT -> y : insertBy cmp x ys'
  _ -> x : ys

-- The last of the greatest elements.
maximumBy :: Foldable t => (a -> a -> Ordering) -> t a -> a
maximumBy cmp t = case foldl' pick Nothing t of
    Nothing -> errorWithoutStackTrace "maximumBy: empty structure"
    Just x -> x
  where
    pick Nothing y = Just y
    pick (Just x) y = Just (case cmp x y of { GT -> x; _ -> y })

-- The first of the least elements.
minimumBy :: Foldable t => (a -> a -> Ordering) -> t a -> a
minimumBy cmp t = case foldl' pick Nothing t of
    Nothing -> errorWithoutStackTrace "minimumBy: empty structure"
    Just x -> x
  where
    pick Nothing y = Just y
    pick (Just x) y = Just (case cmp x y of { GT -> y; _ -> x })

genericLength :: Num i => [a] -> i
genericLength [] = fromInteger 0
genericLength (_ : xs) = fromInteger 1 + genericLength xs

genericTake :: Integral i => i -> [a] -> [a]
genericTake n xs
  | n <= fromInteger 0 = []
  | otherwise = case xs of
      [] -> []
      y : ys -> y : genericTake (n - fromInteger 1) ys

genericDrop :: Integral i => i -> [a] -> [a]
genericDrop n xs
  | n <= fromInteger 0 = xs
  | otherwise = case xs of
      [] -> []
      _ : ys -> genericDrop (n - fromInteger 1) ys

genericSplitAt :: Integral i => i -> [a] -> ([a], [a])
genericSplitAt n xs = (genericTake n xs, genericDrop n xs)

genericIndex :: Integral i => [a] -> i -> a
genericIndex xs n
  | n < fromInteger 0 = errorWithoutStackTrace "List.genericIndex: negative argument."
  | otherwise = case xs of
      [] -> errorWithoutStackTrace "List.genericIndex: index too large."
      y : ys -> if n == fromInteger 0 then y else genericIndex ys (n - fromInteger 1)

genericReplicate :: Integral i => i -> a -> [a]
genericReplicate n x = genericTake n (repeat x)
