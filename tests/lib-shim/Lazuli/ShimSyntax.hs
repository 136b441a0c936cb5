{-# LANGUAGE FlexibleInstances, TypeSynonymInstances, PackageImports #-}
-- What a program rewritten by Preprocess.hs gets for RebindableSyntax: the
-- meaning of numeric literals and of `if`, in terms of lazuli's library.
--
-- A literal's type carries base's Show class besides the library's Num (or
-- Fractional): GHC defaults a type variable only when one of its classes is
-- one of base's, so this lets `print (2 ^ 10)` default to Integer as in
-- GHC. The instance below gives every type base's Show, so the extra
-- constraint never rejects a program; it is never used to show anything.
-- The Prelude's functions whose result is numeric and not fixed by their
-- arguments (fromIntegral, truncate, pi, ...) get the same extra constraint
-- here, for `print (truncate x)`.
-- It is overlappable, not incoherent: GHC must not pick it for a type that
-- is still unknown, or the constraint would be gone before defaulting.
module Lazuli.ShimSyntax
  ( fromInteger, fromRational, ifThenElse
  , fromIntegral, realToFrac, truncate, round, ceiling, floor, properFraction, pi
  ) where

import qualified Prelude as L
import qualified "base" Prelude as B
import qualified "base" GHC.Real as R

instance {-# OVERLAPPABLE #-} B.Show a where
  show _ = "<lazuli-shim>"

fromInteger :: (L.Num a, B.Show a) => B.Integer -> a
fromInteger n = L.fromInteger n

-- A fractional literal is base's Rational; a program calling fromRational
-- itself passes the library's.
fromRational :: (AnyRational r, L.Fractional a, B.Show a) => r -> a
fromRational r = L.fromRational (toLibraryRational r)

class AnyRational r where
  toLibraryRational :: r -> L.Rational

instance AnyRational R.Rational where
  toLibraryRational r = L.toRational (R.numerator r) L./ L.toRational (R.denominator r)

instance AnyRational L.Rational where
  toLibraryRational r = r

ifThenElse :: B.Bool -> a -> a -> a
ifThenElse c t e = case c of
  B.True -> t
  B.False -> e

fromIntegral :: (L.Integral a, L.Num b, B.Show b) => a -> b
fromIntegral = L.fromIntegral

realToFrac :: (L.Real a, L.Fractional b, B.Show b) => a -> b
realToFrac = L.realToFrac

truncate :: (L.RealFrac a, L.Integral b, B.Show b) => a -> b
truncate = L.truncate

round :: (L.RealFrac a, L.Integral b, B.Show b) => a -> b
round = L.round

ceiling :: (L.RealFrac a, L.Integral b, B.Show b) => a -> b
ceiling = L.ceiling

floor :: (L.RealFrac a, L.Integral b, B.Show b) => a -> b
floor = L.floor

properFraction :: (L.RealFrac a, L.Integral b, B.Show b) => a -> (b, a)
properFraction = L.properFraction

pi :: (L.Floating a, B.Show a) => a
pi = L.pi
