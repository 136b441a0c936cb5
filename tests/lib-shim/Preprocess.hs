{-# LANGUAGE ScopedTypeVariables, TypeFamilies #-}
-- Rewrites a Haskell 2010 program so that GHC compiles it against lazuli's
-- library (lib/) instead of base. Built and run with GHC's own base and the
-- `ghc` package (see README.md here):
--
--   Preprocess LIBDIR IN.hs OUT.hs
--
-- GHC's `deriving` and its desugaring of literals, `if`, `do` and arithmetic
-- sequences refer to base's classes, not to the library's. So the output:
--   * turns on RebindableSyntax (literals, `if`, `do` and negation use the
--     names in scope) and ExtendedDefaultRules, and imports
--     Lazuli.ShimSyntax for fromInteger, fromRational and ifThenElse (their
--     extra constraint lets GHC's defaulting pick Integer or Double); the
--     Prelude's own fromInteger and fromRational are hidden;
--   * replaces each arithmetic sequence [a, b .. c] by the library's
--     enumFromThenTo a b c (and the like);
--   * removes the deriving clauses and appends the instances they stand for,
--     written out as GHC derives them, against the library's classes.
-- Literate files (.lhs) are unlit first. Everything else is left as it is,
-- line and column included.
module Main (main) where

import Control.Monad (forM_, when)
import Data.Char (isAlpha, isSpace)
import Data.Data (Data, cast, gmapQ)
import Data.List (isPrefixOf, sortOn)
import qualified Data.Map as Map
import System.Environment (getArgs)
import System.Exit (exitFailure)
import System.IO

import GHC (runGhc, getSessionDynFlags)
import GHC.Data.FastString (mkFastString)
import GHC.Data.StringBuffer (stringToStringBuffer)
import GHC.Hs
import GHC.Parser (parseModule)
import GHC.Parser.Lexer (ParseResult(..), mkPState, unP)
import GHC.Types.Basic (Fixity(..), FixityDirection(..))
import GHC.Types.Name.Occurrence (occNameString)
import GHC.Types.Name.Reader (RdrName, rdrNameOcc)
import GHC.Types.SrcLoc
import GHC.Unit.Module.Name (moduleNameString)

main :: IO ()
main = do
  args <- getArgs
  case args of
    [libdir, input, output] -> do
      raw <- readFileUtf8 input
      let source = if ".lhs" `isSuffixOfStr` input then unlit raw else raw
      dflags <- runGhc (Just libdir) getSessionDynFlags
      let buffer = stringToStringBuffer source
          start = mkRealSrcLoc (mkFastString input) 1 1
      case unP parseModule (mkPState dflags buffer start) of
        PFailed _ -> hPutStrLn stderr (input ++ ": parse error") >> exitFailure
        POk _ (L _ hsmod) -> writeFileUtf8 output (rewrite source hsmod)
    _ -> hPutStrLn stderr "usage: Preprocess LIBDIR IN.hs OUT.hs" >> exitFailure

isSuffixOfStr :: String -> String -> Bool
isSuffixOfStr suf s = reverse suf `isPrefixOf` reverse s

readFileUtf8 :: FilePath -> IO String
readFileUtf8 path = do
  h <- openFile path ReadMode
  hSetEncoding h utf8
  s <- hGetContents h
  length s `seq` return s

writeFileUtf8 :: FilePath -> String -> IO ()
writeFileUtf8 path s = withFile path WriteMode (\h -> hSetEncoding h utf8 >> hPutStr h s)

-- Literate Haskell: Bird tracks, or \begin{code} ... \end{code}. Other lines
-- become empty, so line numbers and columns stay.
unlit :: String -> String
unlit s = unlines (if any isBird ls then map bird ls else tex False ls)
  where
    ls = lines s
    isBird l = ">" `isPrefixOf` l
    bird l = if isBird l then ' ' : drop 1 l else ""
    tex _ [] = []
    tex inCode (l : rest)
      | "\\begin{code}" `isPrefixOf` l = "" : tex True rest
      | "\\end{code}" `isPrefixOf` l = "" : tex False rest
      | otherwise = (if inCode then l else "") : tex inCode rest

------------------------------------------------------------------------------
-- Positions and edits

-- Offsets of the starts of the lines (line n starts at index n - 1).
lineStarts :: String -> [Int]
lineStarts s = 0 : [i + 1 | (i, c) <- zip [0 ..] s, c == '\n']

data Edit = Edit
  { editStart :: Int
  , editEnd :: Int
  , editText :: (Int -> Int -> String) -> String  -- given the renderer of a range
  }

type Range = (Int, Int)

spanRange :: [Int] -> SrcSpan -> Maybe Range
spanRange starts (RealSrcSpan r _) =
  Just ( starts !! (srcSpanStartLine r - 1) + srcSpanStartCol r - 1
       , starts !! (srcSpanEndLine r - 1) + srcSpanEndCol r - 1 )
spanRange _ _ = Nothing

-- The text of [from, to) with the edits inside it applied (an edit applies
-- when it lies inside the range and inside no other edit that does).
render :: String -> [Edit] -> Int -> Int -> String
render source edits from to = go from (outermost inside)
  where
    inside = [e | e <- edits, editStart e >= from, editEnd e <= to
                , (editStart e, editEnd e) /= (from, to) || editStart e == editEnd e]
    outermost es = [e | e <- sortOn (\e -> (editStart e, editEnd e)) es
                      , not (any (\o -> contains o e) es)]
    -- an insertion is inside an edit only strictly between its ends
    contains o e
      | editStart e == editEnd e = editStart o < editStart e && editStart e < editEnd o
      | otherwise = editStart o <= editStart e && editEnd e <= editEnd o
                    && (editEnd o - editStart o) > (editEnd e - editStart e)
    go pos [] = slice pos to
    go pos (e : es) = slice pos (editStart e) ++ editText e (render source edits) ++ go (editEnd e) es
    slice a b = take (b - a) (drop a source)

------------------------------------------------------------------------------
-- The rewrite

rewrite :: String -> HsModule -> String
rewrite source hsmod =
  "{-# LANGUAGE RebindableSyntax, ExtendedDefaultRules #-}\n" ++
  render source edits 0 (length source)
  where
    starts = lineStarts source
    range = spanRange starts
    decls = hsmodDecls hsmod
    imports = hsmodImports hsmod
    braces = case hsmodLayout hsmod of
      ExplicitBraces -> True
      _ -> False
    column = case hsmodLayout hsmod of
      VirtualBraces c -> c
      _ -> 1

    -- the imports go before the first import or declaration (in layout, on
    -- lines of their own at the column of the module's items)
    firstItem = case (imports, decls) of
      (L sp _ : _, _) -> range sp
      ([], L sp _ : _) -> range sp
      _ -> Nothing
    preludeImports = [i | L _ i <- imports, moduleNameString (unLoc (ideclName i)) == "Prelude"]
    -- the functions whose result type is numeric and not fixed by their
    -- arguments, taken from Lazuli.ShimSyntax unless the program has its own
    userNames = topLevelNames decls ++
                concat [rdrNames (ideclHiding i) | i <- preludeImports]
    wrapped = [n | n <- shimWrapped, n `notElem` userNames]
    hidden = commaSep (["fromInteger", "fromRational"] ++ wrapped)
    newImports =
      [ "import qualified Prelude as LzP"
      , "import Lazuli.ShimSyntax (" ++ commaSep (["fromInteger", "fromRational", "ifThenElse"] ++ wrapped) ++ ")" ] ++
      [ "import Prelude hiding (" ++ hidden ++ ")" | null preludeImports ]
    importEdits = case firstItem of
      Just (p, _) -> [Edit p p (const (concatMap (\i -> i ++ separator) newImports))]
      Nothing -> []
    separator = if braces then "; " else "\n" ++ replicate (column - 1) ' '

    -- import Prelude ... : hide fromInteger and fromRational
    hideEdits = concat
      [ case ideclHiding i of
          Just (True, L sp _) | Just (p, q) <- range sp
                              , Just k <- lookup '(' (zip (take (q - p) (drop p source)) [p ..]) ->
            [Edit (k + 1) (k + 1) (const (hidden ++ ", "))]
          Just (False, _) -> []
          _ | Just (_, q) <- range isp -> [Edit q q (const (" hiding (" ++ hidden ++ ")"))]
          _ -> []
      | L isp i <- imports
      , moduleNameString (unLoc (ideclName i)) == "Prelude"
      , ideclQualified i == NotQualified ]

    -- arithmetic sequences
    seqEdits = [Edit a b (seqText info) | (sp, info) <- arithSeqs decls, Just (a, b) <- [range sp]]
    seqText info rnd = case info of
      From e -> call "enumFrom" [e]
      FromThen e1 e2 -> call "enumFromThen" [e1, e2]
      FromTo e1 e2 -> call "enumFromTo" [e1, e2]
      FromThenTo e1 e2 e3 -> call "enumFromThenTo" [e1, e2, e3]
      where
        call f es = "(LzP." ++ f ++ concat [" (" ++ sub e ++ ")" | e <- es] ++ ")"
        sub (L sp _) = case range sp of
          Just (a, b) -> rnd a b
          Nothing -> error "arithmetic sequence without a position"

    -- deriving clauses
    fixities = Map.fromList
      [ (occNameString (rdrNameOcc n), (prec, dir))
      | L _ (SigD _ (FixSig _ (FixitySig _ names (Fixity _ prec dir)))) <- decls
      , L _ n <- names ]
    dataDecls = [(d, sp) | L sp (TyClD _ d@DataDecl{}) <- decls]
    derivEdits = [Edit a b (const "") | (d, _) <- dataDecls
                                      , L sp (_ : _) <- [dd_derivs (tcdDataDefn d)]
                                      , Just (a, b) <- [range sp]]
    instances = concat [deriveAll fixities d | (d, _) <- dataDecls]
    -- the instances go before the first declaration (after the imports)
    instanceEdits = case decls of
      L sp _ : _ | Just (p, _) <- range sp ->
        [Edit p p (const (concatMap (++ separator) instances))]
      _ -> []

    edits = importEdits ++ instanceEdits ++ hideEdits ++ seqEdits ++ derivEdits

-- Lazuli.ShimSyntax's versions of the Prelude's functions that would leave a
-- type variable with only the library's classes (see there).
shimWrapped :: [String]
shimWrapped =
  ["fromIntegral", "realToFrac", "truncate", "round", "ceiling", "floor", "properFraction", "pi"]

-- The names the module defines at the top level.
topLevelNames :: [LHsDecl GhcPs] -> [String]
topLevelNames decls = concat
  [ case d of
      ValD _ FunBind { fun_id = L _ n } -> [occNameString (rdrNameOcc n)]
      SigD _ (TypeSig _ ns _) -> [occNameString (rdrNameOcc n) | L _ n <- ns]
      _ -> []
  | L _ d <- decls ]

-- Every name mentioned inside.
rdrNames :: Data a => a -> [String]
rdrNames x = case cast x :: Maybe RdrName of
  Just n -> [occNameString (rdrNameOcc n)]
  Nothing -> concat (gmapQ rdrNames x)

-- Every arithmetic sequence expression, outer ones before the ones inside.
arithSeqs :: Data a => a -> [(SrcSpan, ArithSeqInfo GhcPs)]
arithSeqs x = here ++ concat (gmapQ arithSeqs x)
  where
    here = case cast x :: Maybe (LHsExpr GhcPs) of
      Just (L sp (ArithSeq _ _ info)) -> [(sp, info)]
      _ -> []

------------------------------------------------------------------------------
-- Derived instances, as GHC writes them, against the library's classes
-- (imported qualified as LzP).

data Con = Con
  { conName :: String
  , conArity :: Int
  , conFields :: Maybe [String]   -- record syntax
  , conInfix :: Bool              -- declared infix: a :+: b
  }

deriveAll :: Map.Map String (Int, FixityDirection) -> TyClDecl GhcPs -> [String]
deriveAll fixities d = map derive classes
  where
    name = occNameString (rdrNameOcc (unLoc (tcdLName d)))
    tyvars = [occNameString (rdrNameOcc (unLoc v)) | L _ tv <- hsq_explicit (tcdTyVars d)
                                                   , v <- tyVarName tv]
    tyVarName (UserTyVar _ _ v) = [v]
    tyVarName (KindedTyVar _ _ v _) = [v]
    tyVarName _ = []
    defn = tcdDataDefn d
    classes = [ occNameString (rdrNameOcc c)
              | L _ clause <- unLoc (dd_derivs defn)
              , HsIB _ (L _ ty) <- unLoc (deriv_clause_tys clause)
              , c <- className ty ]
    className (HsTyVar _ _ (L _ c)) = [c]
    className (HsParTy _ (L _ t)) = className t
    className _ = []
    cons = [ toCon c | L _ c <- dd_cons defn ]
    toCon c = case c of
      ConDeclH98 { con_name = L _ n, con_args = args } ->
        let nm = occNameString (rdrNameOcc n) in case args of
          PrefixCon as -> Con nm (length as) Nothing False
          InfixCon _ _ -> Con nm 2 Nothing True
          RecCon (L _ flds) ->
            let names = [ occNameString (rdrNameOcc (unLoc (rdrNameFieldOcc (unLoc f))))
                        | L _ fld <- flds, f <- cd_fld_names fld ]
            in Con nm (length names) (Just names) False
      _ -> error "GADT constructor"
    ty = if null tyvars then name else "(" ++ unwords (name : tyvars) ++ ")"
    header cls = "instance " ++ context cls ++ "LzP." ++ cls ++ " " ++ ty ++ " where { "
    context cls = case tyvars of
      [] -> ""
      vs -> "(" ++ commaSep ["LzP." ++ cls ++ " " ++ v | v <- vs] ++ ") => "
    fixityOf n = Map.findWithDefault (9, InfixL) n fixities
    derive cls = header cls ++ body cls ++ " }"
    body cls = case cls of
      "Eq" -> deriveEq cons
      "Ord" -> deriveOrd cons
      "Show" -> deriveShow fixityOf cons
      "Read" -> deriveRead fixityOf cons
      "Enum" -> deriveEnum name cons
      "Bounded" -> deriveBounded cons
      _ -> error ("cannot derive " ++ cls)

commaSep :: [String] -> String
commaSep [] = ""
commaSep [x] = x
commaSep (x : xs) = x ++ ", " ++ commaSep xs

isOperator :: String -> Bool
isOperator n = case n of
  c : _ -> not (isAlpha c || c == '_')
  [] -> False

-- The constructor as an expression or pattern head.
prefixName :: String -> String
prefixName n = if isOperator n then "(" ++ n ++ ")" else n

vars :: String -> Int -> [String]
vars prefix k = [prefix ++ show i | i <- [1 .. k]]

conPattern :: String -> Con -> String
conPattern prefix c = "(" ++ unwords (prefixName (conName c) : vars prefix (conArity c)) ++ ")"

deriveEq :: [Con] -> String
deriveEq cons = "(==) lzA lzB = case (lzA, lzB) of { " ++ alts ++ " }"
  where
    alts = concat [ "(" ++ conPattern "x" c ++ ", " ++ conPattern "y" c ++ ") -> " ++ fieldsEq c ++ "; "
                  | c <- cons ] ++ "_ -> LzP.False"
    fieldsEq c = case zip (vars "x" (conArity c)) (vars "y" (conArity c)) of
      [] -> "LzP.True"
      ps -> foldr1 (\a b -> a ++ " LzP.&& " ++ b) ["(" ++ x ++ " LzP.== " ++ y ++ ")" | (x, y) <- ps]

deriveOrd :: [Con] -> String
deriveOrd cons =
  "compare lzA lzB = let { lzTag lzZ = case lzZ of { " ++ tags ++ " } } in case (lzA, lzB) of { " ++ alts ++ " }"
  where
    tags = concat [ "(" ++ prefixName (conName c) ++ " {}) -> (" ++ show i ++ " :: LzP.Int); "
                  | (i, c) <- zip [0 :: Int ..] cons ]
    alts = concat [ "(" ++ conPattern "x" c ++ ", " ++ conPattern "y" c ++ ") -> " ++ fieldsCmp c ++ "; "
                  | c <- cons ] ++ "_ -> LzP.compare (lzTag lzA) (lzTag lzB)"
    fieldsCmp c = chain (zip (vars "x" (conArity c)) (vars "y" (conArity c)))
    chain [] = "LzP.EQ"
    chain [(x, y)] = "LzP.compare " ++ x ++ " " ++ y
    chain ((x, y) : rest) = "case LzP.compare " ++ x ++ " " ++ y ++ " of { LzP.EQ -> " ++ chain rest ++ "; lzO -> lzO }"

deriveShow :: (String -> (Int, FixityDirection)) -> [Con] -> String
deriveShow fixityOf cons = "showsPrec lzD lzX = case lzX of { " ++ alts ++ " }"
  where
    alts = concat [ conPattern "x" c ++ " -> " ++ showCon c ++ "; " | c <- cons ]
    showCon c = case (conFields c, conInfix c, conArity c) of
      (Just fields, _, _) ->
        "LzP.showParen (lzD LzP.>= 11) (LzP.showString " ++ show (prefixName (conName c) ++ " {") ++
        concat [ " LzP.. LzP.showString " ++ show (sep ++ fieldLabel f ++ " = ") ++ " LzP.. LzP.showsPrec 0 " ++ x
               | (sep, f, x) <- zip3 ("" : repeat ", ") fields (vars "x" (conArity c)) ] ++
        " LzP.. LzP.showChar '}')"
      (Nothing, True, _) ->
        let (p, _) = fixityOf (conName c)
            opText = if isOperator (conName c) then conName c else "`" ++ conName c ++ "`"
        in "LzP.showParen (lzD LzP.> " ++ show p ++ ") (LzP.showsPrec " ++ show (p + 1) ++ " x1 LzP.. LzP.showString " ++
           show (" " ++ opText ++ " ") ++ " LzP.. LzP.showsPrec " ++ show (p + 1) ++ " x2)"
      (Nothing, False, 0) -> "LzP.showString " ++ show (prefixName (conName c))
      (Nothing, False, k) ->
        "LzP.showParen (lzD LzP.>= 11) (LzP.showString " ++ show (prefixName (conName c) ++ " ") ++
        concat [ (if i > 1 then " LzP.. LzP.showChar ' '" else "") ++ " LzP.. LzP.showsPrec 11 " ++ x
               | (i, x) <- zip [1 :: Int ..] (vars "x" k) ] ++ ")"
    fieldLabel f = if isOperator f then "(" ++ f ++ ")" else f

deriveRead :: (String -> (Int, FixityDirection)) -> [Con] -> String
deriveRead fixityOf cons =
  "readsPrec lzD lzR = " ++ foldr1 (\a b -> a ++ " LzP.++ " ++ b) (map readCon cons)
  where
    readCon c = case (conFields c, conInfix c, conArity c) of
      (Just fields, _, _) ->
        paren "(lzD LzP.> 11)" (applied c) $
          [LexStep (prefixName (conName c)), LexStep "{"] ++
          concat [ [LexStep "," | i > 1] ++ [LexStep f, LexStep "=", ReadStep 0 x]
                 | (i, f, x) <- zip3 [1 :: Int ..] fields (vars "x" (conArity c)) ] ++
          [LexStep "}"]
      (Nothing, True, _) ->
        let (p, _) = fixityOf (conName c)
            opToks = if isOperator (conName c) then [conName c] else ["`", conName c, "`"]
            opText = if isOperator (conName c) then conName c else "`" ++ conName c ++ "`"
        in paren ("(lzD LzP.> " ++ show p ++ ")") ("(x1 " ++ opText ++ " x2)") $
             [ReadStep (p + 1) "x1"] ++ map LexStep opToks ++ [ReadStep (p + 1) "x2"]
      (Nothing, False, 0) -> paren "LzP.False" (prefixName (conName c)) [LexStep (conName c)]
      (Nothing, False, k) ->
        paren "(lzD LzP.> 10)" (applied c) (LexStep (conName c) : [ReadStep 11 x | x <- vars "x" k])
    applied c = "(" ++ unwords (prefixName (conName c) : vars "x" (conArity c)) ++ ")"
    paren cond result steps =
      "LzP.readParen " ++ cond ++ " (\\lzS0 -> [(" ++ result ++ ", lzRest) | " ++
      commaSep (zipWith3 step steps (map state [0 ..]) (map state [1 ..])) ++ "]) lzR"
      where
        state :: Int -> String
        state i = if i == length steps then "lzRest" else "lzS" ++ show i
    step (LexStep tok) input out = "(" ++ show tok ++ ", " ++ out ++ ") <- LzP.lex " ++ input
    step (ReadStep p x) input out = "(" ++ x ++ ", " ++ out ++ ") <- LzP.readsPrec " ++ show p ++ " " ++ input

data ReadStep = LexStep String | ReadStep Int String

deriveEnum :: String -> [Con] -> String
deriveEnum name cons =
  "fromEnum lzX = case lzX of { " ++
    concat [ prefixName (conName c) ++ " -> " ++ show i ++ "; " | (i, c) <- numbered ] ++ "}; " ++
  "toEnum lzN = if lzN LzP.>= 0 LzP.&& lzN LzP.<= " ++ show lastTag ++ " then " ++ list ++ " LzP.!! lzN else " ++
    "LzP.error (" ++ show ("toEnum{" ++ name ++ "}: tag (") ++ " LzP.++ LzP.show lzN LzP.++ " ++
    show (") is outside of enumeration's range (0," ++ show lastTag ++ ")") ++ "); " ++
  "succ lzX = case lzX of { " ++
    concat [ prefixName (conName a) ++ " -> " ++ prefixName (conName b) ++ "; " | (a, b) <- zip cons (drop 1 cons) ] ++
    "_ -> LzP.error " ++ show ("succ{" ++ name ++ "}: tried to take `succ' of last tag in enumeration") ++ " }; " ++
  "pred lzX = case lzX of { " ++
    concat [ prefixName (conName b) ++ " -> " ++ prefixName (conName a) ++ "; " | (a, b) <- zip cons (drop 1 cons) ] ++
    "_ -> LzP.error " ++ show ("pred{" ++ name ++ "}: tried to take `pred' of first tag in enumeration") ++ " }; " ++
  "enumFrom lzX = LzP.map LzP.toEnum (LzP.enumFromTo (LzP.fromEnum lzX) " ++ show lastTag ++ "); " ++
  "enumFromThen lzX lzY = LzP.map LzP.toEnum (LzP.enumFromThenTo (LzP.fromEnum lzX) (LzP.fromEnum lzY) " ++
    "(if LzP.fromEnum lzY LzP.>= LzP.fromEnum lzX then " ++ show lastTag ++ " else 0))"
  where
    numbered = zip [0 :: Int ..] cons
    lastTag = length cons - 1
    list = "[" ++ commaSep (map (prefixName . conName) cons) ++ "]"

deriveBounded :: [Con] -> String
deriveBounded cons = case cons of
  [c] | conArity c > 0 ->
    "minBound = " ++ unwords (prefixName (conName c) : replicate (conArity c) "LzP.minBound") ++ "; " ++
    "maxBound = " ++ unwords (prefixName (conName c) : replicate (conArity c) "LzP.maxBound")
  _ -> "minBound = " ++ prefixName (conName (head cons)) ++ "; maxBound = " ++ prefixName (conName (last cons))
