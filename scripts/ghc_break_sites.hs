-- The break-site oracle: loads modules into GHC's interpreter (as GHCi
-- does) and prints every module's break sites as GHC made them, one per
-- line, sorted, in the form tests/check_break_sites_ghc.sh compares:
--
--   Module File.hs:8:14-25 [fact] n
--
-- (module, span, enclosing declarations, captured variables sorted by name).
-- Build and run with scripts/ghc-break-sites.sh; needs GHC 9.0's `ghc`
-- package. The expected files are committed, so tests never need GHC.
import Control.Monad (forM)
import Control.Monad.IO.Class (liftIO)
import Data.Array (assocs, (!))
import Data.List (intercalate, sort)
import GHC
import GHC.ByteCode.Types (ModBreaks (..))
import GHC.Driver.Session (HscTarget (..))
import GHC.Utils.Outputable (ppr, showSDocUnsafe)
import System.Environment (getArgs)

main :: IO ()
main = do
  (libdir : files) <- getArgs
  runGhc (Just libdir) $ do
    dflags <- getSessionDynFlags
    _ <- setSessionDynFlags dflags {hscTarget = HscInterpreted, ghcLink = LinkInMemory}
    targets <- mapM (`guessTarget` Nothing) files
    setTargets targets
    _ <- load LoadAllTargets
    graph <- getModuleGraph
    rows <- forM (mgModSummaries graph) $ \summary -> do
      info <- getModuleInfo (ms_mod summary)
      let name = moduleNameString (moduleName (ms_mod summary))
      pure $ case info of
        Nothing -> []
        Just i ->
          let mb = modInfoModBreaks i
           in [ unwords ([name, showSDocUnsafe (ppr s), "[" ++ intercalate "." (modBreaks_decls mb ! ix) ++ "]"]
                           ++ sort (map (showSDocUnsafe . ppr) (modBreaks_vars mb ! ix)))
              | (ix, s) <- assocs (modBreaks_locs mb) ]
    liftIO $ mapM_ putStrLn (sort (concat rows))
