module Main where

import qualified as X

main :: IO ()
main = return ()
