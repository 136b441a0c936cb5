#include <catch2/catch.hpp>

#include "../test_util.h"

using lztest::expr;
using lztest::parse;

namespace {
bool has(const std::string& dump, const std::string& line) {
  if (dump.find(line) != std::string::npos) return true;
  UNSCOPED_INFO("dump:\n" << dump << "\nmissing: " << line);
  return false;
}
}  // namespace

TEST_CASE("a binding's span covers all its equations", "[core][parser][span]") {
  std::string d = parse(
      "module Lazy where\n"
      "\n"
      "fact :: Integer -> Integer\n"
      "fact 0 = 1\n"
      "fact n = n * fact (n - 1)\n");
  CHECK(has(d, "FunBind fact  (4,1)-(5,25)"));
  CHECK(has(d, "Match  4:1-10"));
  CHECK(has(d, "Match  5:1-25"));
  CHECK(has(d, "Rhs  5:8-25"));
  CHECK(has(d, "OpApp *  5:10-25"));
  CHECK(has(d, "App  5:14-25"));
  CHECK(has(d, "Paren  5:19-25"));
  CHECK(has(d, "TypeSig fact :: Integer -> Integer  3:1-26"));
}

TEST_CASE("expression spans cover exactly their text", "[core][parser][span]") {
  CHECK(expr("f x (y + 1)") ==
        "App  1:1-11\n"
        "  Var f  1:1\n"
        "  Var x  1:3\n"
        "  Paren  1:5-11\n"
        "    OpApp +  1:6-10\n"
        "      Var y  1:6\n"
        "      Lit 1  1:10\n");
  CHECK(expr("\\x -> x") == "Lambda  1:1-7\n  PVar x  1:2\n  Var x  1:7\n");
  CHECK(expr("if a then b else c").find("If  1:1-18") == 0);
  CHECK(expr("let y = 1 in y").find("Let  1:1-14") == 0);
  CHECK(expr("case x of\n  Just y -> y\n  Nothing -> 0").find("Case  (1,1)-(3,14)") == 0);
}

TEST_CASE("fixity resolution follows the Prelude's fixities", "[core][parser][fixity]") {
  CHECK(expr("1 + 2 * 3") ==
        "OpApp +  1:1-9\n  Lit 1  1:1\n  OpApp *  1:5-9\n    Lit 2  1:5\n    Lit 3  1:9\n");
  CHECK(expr("a : b : c").find("OpApp :  1:1-9\n  Var a  1:1\n  OpApp :  1:5-9") == 0);
  CHECK(expr("f . g $ x").find("OpApp $  1:1-9\n  OpApp .  1:1-5") == 0);
  CHECK(expr("- x * y") == "Neg  1:1-7\n  OpApp *  1:3-7\n    Var x  1:3\n    Var y  1:7\n");
  CHECK(expr("- x + y").find("OpApp +  1:1-7\n  Neg  1:1-3") == 0);
  CHECK(expr("a `div` b `mod` c").find("OpApp `mod`  1:1-17\n  OpApp `div`") == 0);
  CHECK(expr("a == b == c") == "error: 1:1 Precedence parsing error");  // at the expression, as GHC
  CHECK(expr("a * - b") == "error: 1:1 Precedence parsing error");
  CHECK(expr("a == - b").find("OpApp ==") == 0);
}

TEST_CASE("module-level and local fixity declarations are honoured", "[core][parser][fixity]") {
  std::string d = parse(
      "infixr 5 +++\n"
      "x = a +++ b +++ c\n"
      "y = p <+> q <+> r where infixr 3 <+>\n");
  CHECK(has(d, "OpApp +++  2:5-17\n          Var a  2:5\n          OpApp +++  2:11-17"));
  CHECK(has(d, "OpApp <+>  3:5-17\n          Var p  3:5\n          OpApp <+>  3:11-17"));
}

TEST_CASE("sections, tuples, lists, sequences, comprehensions", "[core][parser]") {
  CHECK(expr("(+ 1)").find("RightSection +  1:1-5") == 0);
  CHECK(expr("(x -)").find("LeftSection -  1:1-5\n  Var x  1:2") == 0);
  CHECK(expr("(`div` 2)").find("RightSection `div`  1:1-9") == 0);
  CHECK(expr("(subtract 1)").find("Paren") == 0);
  CHECK(expr("(- 1)").find("Paren  1:1-5\n  Neg  1:2-4") == 0);
  CHECK(expr("(-)") == "Var (-)  1:1-3\n");
  CHECK(expr("(,) 1 2").find("App  1:1-7\n  Con (,)  1:1-3") == 0);
  CHECK(expr("(1, 'a', \"s\")").find("Tuple  1:1-13") == 0);
  CHECK(expr("[1, 2 .. 10]").find("ArithSeq from then to  1:1-12") == 0);
  CHECK(expr("[1 ..]").find("ArithSeq from  1:1-6") == 0);
  CHECK(expr("[x * y | x <- xs, let y = 2, odd x]").find("ListComp  1:1-35") == 0);
  CHECK(expr("[]") == "Con []  1:1-2\n");
  CHECK(expr("(x :: Int)").find("Paren  1:1-10\n  TypeSig :: Int  1:2-9") == 0);
  // A generator's expression may carry a type annotation (a test program's find).
  CHECK(expr("[a | (a, b) <- [(1, 2)] :: [(Int, Int)]]").find("ListComp") == 0);
}

TEST_CASE("records: construction, update, patterns, declarations", "[core][parser]") {
  CHECK(expr("P { name = \"a\", age = 3 }").find("RecordCon P  1:1-25") == 0);
  CHECK(expr("p { age = 4 }").find("RecordUpd  1:1-13\n  Var p") == 0);
  std::string d = parse("data P = P { name :: String, age, rank :: !Int } deriving (Show, Eq)\n"
                        "f P { age = a } = a\n");
  CHECK(has(d, "RecordCon P  1:10-48"));
  CHECK(has(d, "Field age, rank :: !Int"));
  CHECK(has(d, "Deriving (Show, Eq)"));
  CHECK(has(d, "PRecord P  2:3-15"));
}

TEST_CASE("patterns: all the forms of the report", "[core][parser]") {
  std::string d = parse(
      "f (x:xs) ~(a, b) n@(Just _) [p, q] (-1) 'c' \"s\" (C {}) = x\n");
  CHECK(has(d, "PConOp :  1:4-7"));
  CHECK(has(d, "PLazy  1:10-16"));
  CHECK(has(d, "PAs n  1:18-27"));
  CHECK(has(d, "PWild  1:26"));
  CHECK(has(d, "PList  1:29-34"));
  CHECK(has(d, "PLit -1  1:37-38"));
  CHECK(has(d, "PRecord C  1:50-53"));
  CHECK(parse("f (g x) = 1").rfind("error: 1:4 Parse error in pattern: g", 0) == 0);
  CHECK(parse("f (n + 1) = n").rfind("error: 1:4 Parse error in pattern: n + 1", 0) == 0);
}

TEST_CASE("function left-hand sides: prefix, infix, backquoted, parenthesised", "[core][parser]") {
  CHECK(has(parse("x <+> y = x"), "FunBind (<+>)"));
  CHECK(has(parse("x `op` y = x"), "FunBind op"));
  CHECK(has(parse("(f x) y = x"), "FunBind f"));
  // A parenthesised infix left-hand side with more arguments (a fuzzer find).
  CHECK(has(parse("(x <+> y) z = x"), "FunBind (<+>)  1:1-15\n    Match  1:1-15\n      PVar x  1:2\n"
                                     "      PVar y  1:8\n      PVar z  1:11"));
  CHECK(has(parse("(p $ E) n = 1"), "FunBind ($)"));  // defines ($)
  CHECK(parse("(p $ E) n (g x) = 1").rfind("error: 1:12 Parse error in pattern: g", 0) == 0);
  CHECK(has(parse("(+++) a b = a"), "FunBind (+++)"));
  CHECK(has(parse("(a, b) = p"), "PatBind"));
  CHECK(has(parse("Just z = p"), "PatBind"));
  CHECK(has(parse("x : xs = p"), "PatBind"));
}

TEST_CASE("declarations: data, newtype, type, class, instance, default", "[core][parser]") {
  std::string d = parse(
      "module M (T(..), C(m), f, module M) where\n"
      "import qualified Data.List as L (sortBy, (\\\\))\n"
      "import Data.Char hiding (ord)\n"
      "data T a = L | N (T a) a (T a) | a :+: Int deriving Show\n"
      "newtype W = W { unW :: Int }\n"
      "type S = [Char]\n"
      "class (Eq a) => C a where\n"
      "  m :: a -> a\n"
      "  m = id\n"
      "  infixl 6 <>>\n"
      "instance C a => C [a] where\n"
      "  m = map m\n"
      "default (Integer, Double)\n"
      "f :: (Eq a, Show a) => a -> String\n"
      "f = show\n"
      "{-# INLINE f #-}\n");
  CHECK(has(d, "Import qualified Data.List as L  2:1-46"));
  CHECK(has(d, "Data T a  4:1-56"));
  CHECK(has(d, "InfixCon (:+:) {a} {Int}"));
  CHECK(has(d, "Newtype W  5:1-28"));
  CHECK(has(d, "TypeSyn S = [Char]"));
  CHECK(has(d, "Class Eq a => C a  (7,1)-(10,14)"));
  CHECK(has(d, "Instance C a => C [a]"));
  CHECK(has(d, "Default (Integer, Double)"));
  CHECK(has(d, "TypeSig f :: (Eq a, Show a) => a -> String"));
  CHECK(has(d, "Pragma INLINE f"));
}

TEST_CASE("do blocks, guards, where, case alternatives with guards", "[core][parser]") {
  std::string d = parse(
      "main = do\n"
      "  x <- getLine\n"
      "  let y = x\n"
      "  print y\n"
      "g x\n"
      "  | x > 0, even x = 1\n"
      "  | otherwise = 2\n"
      "  where z = 3\n"
      "h m = case m of\n"
      "  Just v | v > 0 -> v\n"
      "         | otherwise -> 0\n"
      "    where w = 1\n"
      "  Nothing -> 0\n");
  CHECK(has(d, "Bind  2:3-14"));
  CHECK(has(d, "LetStmt  3:3-11"));
  CHECK(has(d, "Guarded  6:3-21"));
  CHECK(has(d, "Alt  (10,3)-(12,15)"));
  CHECK(parse("main = do\n  x <- getLine\n").rfind(
            "error: 2:3 The last statement in a 'do' block must be an expression", 0) == 0);
  CHECK(parse("main = do\n").rfind("error: 1:8 Empty 'do' block", 0) == 0);
}

TEST_CASE("SCC pragmas become nodes", "[core][parser]") {
  CHECK(expr("{-# SCC \"work\" #-} f x").find("Scc \"work\"  1:1-22\n  App  1:20-22") == 0);
}

TEST_CASE("literate sources keep line and column numbers", "[core][parser]") {
  std::string bird = "Intro text.\n\n> main :: IO ()\n> main = print 1\n\nOutro.\n";
  CHECK(has(parse(bird, "B.lhs"), "FunBind main  4:3-16"));
  std::string tex = "\\documentclass{x}\n\\begin{code}\nmain = print 1\n\\end{code}\n";
  CHECK(has(parse(tex, "C.lhs"), "FunBind main  3:1-14"));
  CHECK(parse("text\n> main = 1\n", "D.lhs") == "error: 2:1 program line next to comment");
}

TEST_CASE("pattern syntax in expressions is rejected", "[core][parser]") {
  CHECK(parse("f = ~y").rfind("error: 1:5 Lazy pattern in expression context", 0) == 0);
  CHECK(parse("f = g x@y").rfind("error: 1:7 As-pattern in expression context", 0) == 0);
}

TEST_CASE("syntax errors name the token and what was expected", "[core][parser]") {
  CHECK(parse("f = (1))") == "error: 1:8 parse error on input \u2018)\u2019");
  CHECK(parse("f = if x then y\n") ==
        "error: 2:1 parse error (possibly incorrect indentation or mismatched brackets)");
  CHECK(parse("x = 1\nimport Data.List\n") == "error: 2:1 parse error on input \u2018import\u2019");
  CHECK(parse("infixl 10 +++\n") == "error: 1:8 Precedence out of range: 10");
  CHECK(parse("f x\n") ==
        "error: 1:1 Parse error: module header, import declaration or top-level declaration expected.");
}
