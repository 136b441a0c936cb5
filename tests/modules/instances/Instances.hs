module Instances () where

import Pretty
import Shapes

instance Pretty Point where
  pretty (Pt x y) = "<" ++ show x ++ "," ++ show y ++ ">"

instance Pretty Bool where
  pretty True = "yes"
  pretty False = "no"
  prettyList bs = unwords (map pretty bs)

instance Pretty a => Pretty [a] where
  pretty = prettyList

instance Pretty a => Pretty (Maybe a) where
  pretty Nothing = "nothing"
  pretty (Just x) = "just " ++ pretty x
