#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/ast_printer.h"
#include "core/module_graph.h"
#include "core/renamer.h"

namespace fs = std::filesystem;

namespace {

// A stand-in Prelude: enough names to rename against (the real one is lib/).
const char* kPrelude = R"(module Prelude (Bool(..), Maybe(..), IO, Int, Char, Show(show), map, lookup,
                (+), (-), (*), (.), id, putStrLn, otherwise) where
data Char
data Int
data Bool = False | True
data Maybe a = Nothing | Just a
data IO a = MkIO a
class Show a where
  show :: a -> [Char]
infixl 6 +, -
infixl 7 *
infixr 9 .
(+), (-), (*) :: a -> a -> a
x + _ = x
x - _ = x
x * _ = x
(.) :: (b -> c) -> (a -> b) -> a -> c
(f . g) x = f (g x)
id x = x
map f [] = []
map f (x:xs) = f x : map f xs
lookup _ [] = Nothing
lookup k ((k', v):rest) = Just v
putStrLn s = MkIO ()
otherwise = True
)";

struct Renamed {
  bool ok = false;
  std::string firstError;  // "F.hs:L:C message\nnote..."
  core::Module* main = nullptr;
};

Renamed rename(const std::vector<std::pair<std::string, std::string>>& files) {
  static int n = 0;
  fs::path dir = fs::temp_directory_path() /
                 ("lz_rn_" + std::to_string(getpid()) + "_" + std::to_string(n++));
  fs::remove_all(dir);
  bool hasPrelude = false;
  for (const auto& [rel, text] : files) {
    fs::create_directories((dir / rel).parent_path());
    std::ofstream(dir / rel) << text;
    hasPrelude |= rel == "Prelude.hs";
  }
  if (!hasPrelude) std::ofstream(dir / "Prelude.hs") << kPrelude;
  static core::AstArena* arena = new core::AstArena;
  static core::EntityTable* entities = new core::EntityTable;
  core::ModuleGraph graph({dir.string()}, /*resolveFixities=*/false);
  core::DiagnosticSink sink;
  Renamed r;
  if (graph.loadRoot((dir / files[0].first).string(), *arena, sink)) {
    core::Renamer rn(*entities);
    r.ok = rn.renameProgram(graph, *arena, sink);
    r.main = graph.root()->ast;
  }
  if (sink.hasErrors()) {
    const core::Diagnostic& d = sink.diagnostics()[0];
    r.firstError = fs::path(core::fileName(d.span.file)).filename().string() + ":" +
                   std::to_string(d.span.start.line) + ":" + std::to_string(d.span.start.col) +
                   " " + d.message;
    for (const std::string& note : d.notes) r.firstError += "\n" + note;
    // Notes name files by their full path; the tests compare file names.
    std::string prefix = dir.string() + "/";
    for (size_t at; (at = r.firstError.find(prefix)) != std::string::npos;)
      r.firstError.erase(at, prefix.size());
  }
  return r;
}

std::string err(const std::string& mainText) { return rename({{"Main.hs", mainText}}).firstError; }

}  // namespace

TEST_CASE("renamer: names resolve to their defining modules", "[core][renamer]") {
  Renamed r = rename({
      {"Main.hs", "module Main where\nimport qualified Util as U\nimport Util (Shape(..))\n"
                  "main = putStrLn (U.describe (Circle 1))\ninc x = x + 1\n"},
      {"Util.hs", "module Util (Shape(..), describe) where\ndata Shape = Circle Int | Square Int\n"
                  "describe s = case s of { Circle r -> \"circle\"; Square _ -> \"square\" }\n"},
  });
  REQUIRE(r.firstError == "");
  REQUIRE(r.ok);
  core::Decl* mainDecl = r.main->decls[0];
  core::Expr* body = mainDecl->matches[0]->rhs->body;  // putStrLn (U.describe (Circle 1))
  REQUIRE(body->kind == core::Expr::Kind::App);
  CHECK(body->e1->name.ref->qualified() == "Prelude.putStrLn");
  core::Expr* inner = body->args[0]->e1;  // U.describe (Circle 1)
  CHECK(inner->e1->name.ref->qualified() == "Util.describe");
  CHECK(inner->args[0]->e1->e1->name.ref->qualified() == "Util.Circle");
  core::Decl* inc = r.main->decls[1];
  core::Expr* plus = inc->matches[0]->rhs->body;  // resolved to OpApp after renaming
  REQUIRE(plus->kind == core::Expr::Kind::OpApp);
  CHECK(plus->name.ref->qualified() == "Prelude.+");
  CHECK(plus->e1->name.ref == inc->matches[0]->pats[0]->name.ref);  // the local x
}

TEST_CASE("renamer: imported fixities drive resolution", "[core][renamer]") {
  Renamed r = rename({
      {"Main.hs", "import Ops\nmain = a +++ b +++ c\n  where a = 1\n        b = 2\n        c = 3\n"},
      {"Ops.hs", "module Ops ((+++)) where\ninfixr 5 +++\nx +++ y = x\n"},
  });
  REQUIRE(r.ok);
  std::string dump = core::dumpModule(*r.main);
  CHECK(dump.find("OpApp +++  2:8-20\n          Var a  2:8\n          OpApp +++  2:14-20") != std::string::npos);
}

TEST_CASE("renamer: scope errors in GHC's words", "[core][renamer]") {
  CHECK(err("main = frobnicate 1\n") == "Main.hs:1:8 Variable not in scope: frobnicate");
  CHECK(err("main = Triangle 1\n") == "Main.hs:1:8 Data constructor not in scope: Triangle");
  CHECK(err("f :: Tree -> Int\nf _ = 1\nmain = id\n") ==
        "Main.hs:1:6 Not in scope: type constructor or class \u2018Tree\u2019");
  CHECK(err("main = Data.Char.toUpper 'a'\n") ==
        "Main.hs:1:8 Not in scope: \u2018Data.Char.toUpper\u2019\nNo module named \u2018Data.Char\u2019 is imported.");
  CHECK(err("main = id\nmain = id\n") ==
        "Main.hs:2:1 Multiple declarations of \u2018main\u2019\nDeclared at: Main.hs:1:1\n             Main.hs:2:1");
  CHECK(err("f x x = x\nmain = id\n") ==
        "Main.hs:1:3 Conflicting definitions for \u2018x\u2019\nBound at: Main.hs:1:3\n          Main.hs:1:5\n"
        "In an equation for \u2018f\u2019");
  CHECK(err("f 0 = 1\nf x y = x\nmain = id\n") ==
        "Main.hs:1:1 Equations for \u2018f\u2019 have different numbers of arguments\n"
        "  Main.hs:1:1-7\n  Main.hs:2:1-9");
  CHECK(err("helper :: Int\nmain = id\n") ==
        "Main.hs:1:1 The type signature for \u2018helper\u2019 lacks an accompanying binding");
  CHECK(err("module Main (main, helper) where\nmain = id\n") ==
        "Main.hs:1:20 Not in scope: \u2018helper\u2019");
  CHECK(err("import Prelude hiding (map)\nmain = map id\n") == "Main.hs:2:8 Variable not in scope: map");
  CHECK(err("import Prelude (id, sortt)\nmain = id\n") ==
        "Main.hs:1:21 Module \u2018Prelude\u2019 does not export \u2018sortt\u2019");
  CHECK(err("f = 1\n") == "Main.hs:1:1 The IO action \u2018main\u2019 is not defined in module \u2018Main\u2019");
  CHECK(err("data C = C\ninstance Show C where\n  display _ = \"c\"\nmain = id\n") ==
        "Main.hs:3:3 \u2018display\u2019 is not a (visible) method of class \u2018Show\u2019");
  CHECK(err("f = let g :: Int\n        h = 1 in h\nmain = id\n") ==
        "Main.hs:1:9 The type signature for \u2018g\u2019 lacks an accompanying binding");
}

TEST_CASE("renamer: an ambiguous occurrence names both candidates", "[core][renamer]") {
  std::string e = err("module Main where\nlookup k = k\nmain = lookup 1\n");
  CHECK(e.rfind("Main.hs:3:8 Ambiguous occurrence \u2018lookup\u2019\nIt could refer to\n", 0) == 0);
  CHECK(e.find("either \u2018Prelude.lookup\u2019, imported from \u2018Prelude\u2019 at Main.hs:1:8-11") != std::string::npos);
  CHECK(e.find("or \u2018Main.lookup\u2019, defined at Main.hs:2:1") != std::string::npos);
  // Qualified use is not ambiguous; a definition alone is not a use.
  CHECK(err("module Main where\nlookup k = k\nmain = Main.lookup 1\n") == "");
}

TEST_CASE("renamer: qualified-only imports and local scopes", "[core][renamer]") {
  CHECK(rename({{"Main.hs", "import qualified Util\nmain = helper\n"},
                {"Util.hs", "module Util where\nhelper = 1\n"}})
            .firstError == "Main.hs:2:8 Variable not in scope: helper");
  CHECK(err("main = case Just 1 of { Just y -> y; Nothing -> z }\n") ==
        "Main.hs:1:49 Variable not in scope: z");
  CHECK(err("main = [x | Just x <- [Nothing], let y = x, y]\n") == "");
  CHECK(err("main = do { x <- id; let { y = x }; id y }\n") == "");
  CHECK(err("main = do { id y; y <- id; id }\n") == "Main.hs:1:16 Variable not in scope: y");
  CHECK(err("f x | Just y <- x, y = y\n  | otherwise = z\n  where z = 1\nmain = id\n") == "");
  CHECK(err("data T a = T a b\nmain = id\n") ==
        "Main.hs:1:16 Not in scope: type variable \u2018b\u2019");
}
