-- Re-exports a whole module (itself a re-exporter) and one method of a class.
module Geo (module Geo.Line, Shift(shift), midpoint) where

import Geo.Line
import Geo.Point (Shift(..))

midpoint :: Line -> Point
midpoint (Line a b) = Point ((px a + px b) `div` 2) ((py a + py b) `div` 2)
