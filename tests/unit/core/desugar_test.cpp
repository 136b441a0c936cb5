// The desugarer on small programs with the real library: the shape of the
// Core it produces (case trees, dictionaries, literals, ticks) and lint.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/core_lint.h"
#include "core/core_vars.h"
#include "core/desugar.h"
#include "core/kinds.h"
#include "core/module_graph.h"
#include "core/parser.h"
#include "core/renamer.h"
#include "core/typecheck.h"

namespace {

// Checks and desugars `source` (module Main) with the library; `main` is the
// root module's Core.
struct Desugared {
  core::AstArena arena;
  core::EntityTable entities;
  core::DiagnosticSink sink;
  core::KindArena kindArena;
  absl::flat_hash_map<std::string, const core::Entity*> syntax;
  std::unique_ptr<core::TyArena> types;
  std::unique_ptr<core::TypeChecker> checker;
  core::CoreArena core;
  std::vector<core::CoreModule> modules;
  std::vector<std::string> lint;

  Desugared(const std::string& source, core::DesugarOptions options = {}) {
    static int counter = 0;
    std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                ("lazuli-desugar-test-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "Main.hs") << source;
    core::ModuleGraph graph({dir.string(), std::string(LZ_SOURCE_DIR) + "/lib"}, false);
    REQUIRE(graph.loadRoot((dir / "Main.hs").string(), arena, sink));
    core::Renamer renamer(entities);
    REQUIRE(renamer.renameProgram(graph, arena, sink));
    core::KindChecker kinds(kindArena);
    REQUIRE(kinds.checkProgram(graph, sink));
    syntax = renamer.builtinTypes();
    types = std::make_unique<core::TyArena>(syntax);
    checker = std::make_unique<core::TypeChecker>(renamer, *types);
    REQUIRE(checker->checkProgram(graph, sink));
    core::Desugarer d(checker->elaboration(), renamer.builtins(), core, options);
    for (core::ModuleNode* node : graph.order()) {
      std::vector<const core::CoreVar*> imported = d.globals();
      modules.emplace_back();
      REQUIRE(d.desugarModule(*node->ast, modules.back(), sink));
      for (std::string& p : core::lintCoreModule(modules.back(), imported)) lint.push_back(modules.back().name + ": " + p);
    }
    std::filesystem::remove_all(dir);
  }
  const core::CoreModule& main() const { return modules.back(); }
  const core::CoreExpr* binding(const std::string& name) const {
    for (const core::CoreModule::Group& g : main().groups)
      for (const core::CoreBind& b : g.binds)
        if (b.var->name == name) return b.rhs;
    return nullptr;
  }
};

const core::CoreExpr* underLambda(const core::CoreExpr* e) {
  while (e && e->kind == core::CoreExpr::Kind::Lam) e = e->body;
  return e;
}

}  // namespace

TEST_CASE("equations over constructors become one case, one alternative each", "[core][desugar]") {
  Desugared d(
      "data S = A Int | B | C\n"
      "f :: S -> Int\n"
      "f (A n) = n\n"
      "f B = 1\n"
      "f C = 2\n"
      "main = print (f B)\n");
  CHECK(d.lint.empty());
  const core::CoreExpr* body = underLambda(d.binding("f"));
  REQUIRE(body != nullptr);
  REQUIRE(body->kind == core::CoreExpr::Kind::Case);
  REQUIRE(body->alts.size() == 3);  // exhaustive: no default
  for (const core::CoreAlt& a : body->alts) CHECK(a.kind == core::CoreAlt::Kind::Con);
  CHECK(body->alts[0].binders.size() == 1);
}

TEST_CASE("an incomplete match fails with GHC's message and span", "[core][desugar]") {
  Desugared d(
      "f :: Int -> Int\n"
      "f 0 = 1\n"
      "f 1 = 2\n"
      "main = print (f 3)\n");
  std::string dump = core::printCoreModule(d.main());
  CHECK(dump.find(":(1,1)-(3,7): Non-exhaustive patterns in function f\\n\"") == std::string::npos);
  CHECK(dump.find(":(2,1)-(3,7): Non-exhaustive patterns in function f\\n\"") != std::string::npos);
}

TEST_CASE("dictionaries are passed: parameters, instances and superclasses", "[core][desugar]") {
  Desugared d(
      "twice :: Ord a => a -> [a] -> Bool\n"
      "twice x ys = x == head ys && x < last ys\n"
      "main = print [1 :: Int]\n");
  CHECK(d.lint.empty());
  const core::CoreExpr* rhs = d.binding("twice");
  REQUIRE(rhs->kind == core::CoreExpr::Kind::Lam);
  REQUIRE(rhs->params.size() == 3);  // the Ord dictionary, then x and ys
  CHECK(rhs->params[0]->name == "dOrd");
  std::string twice = core::printCoreExpr(*rhs);
  // Eq from Ord, used once: in place (Note [Hoisted dictionary values]).
  CHECK(twice.find("Prelude.== (Prelude.$p1Ord dOrd_") != std::string::npos);
  std::string main = core::printCoreExpr(*d.binding("main"));
  // Show [Int] is built once, as a top-level dictionary (Note [Shared constant dictionaries]).
  CHECK(main.find("Main.$dict") != std::string::npos);
  bool found = false;
  for (const core::CoreModule::Group& g : d.main().groups)
    for (const core::CoreBind& b : g.binds)
      if (b.var->name.rfind("$dict", 0) == 0)
        found = found || core::printCoreExpr(*b.rhs).find("Prelude.$fShowList Prelude.$fShowInt") != std::string::npos;
  CHECK(found);
}

TEST_CASE("literals: a known type gives a Core literal, otherwise fromInteger", "[core][desugar]") {
  Desugared d(
      "n :: Int\n"
      "n = 42\n"
      "big :: Integer\n"
      "big = 0x10000000000000000\n"
      "gen :: Num a => a\n"
      "gen = 7\n"
      "main = print (n, big, gen :: Double)\n");
  const core::CoreExpr* n = d.binding("n");
  REQUIRE(n->kind == core::CoreExpr::Kind::Lit);
  CHECK(n->litType == core::LitType::Int);
  const core::CoreExpr* big = d.binding("big");
  REQUIRE(big->kind == core::CoreExpr::Kind::Lit);
  CHECK(big->litType == core::LitType::Integer);
  CHECK(big->lit.text == "18446744073709551616");
  CHECK(core::printCoreExpr(*d.binding("gen")).find("Prelude.fromInteger dNum_") != std::string::npos);
}

TEST_CASE("breakpoint ticks capture variables in scope and number the sites", "[core][desugar]") {
  core::DesugarOptions options;
  options.breakpoints = true;
  options.costCentres = true;
  Desugared d(
      "f :: Int -> Int\n"
      "f x = let y = x + 1 in y * 2\n"
      "main = print (f 3)\n",
      options);
  CHECK(d.lint.empty());
  CHECK(!d.main().breakSites.empty());
  std::string dump = core::printCoreModule(d.main());
  CHECK(dump.find("scc<Main.f>") != std::string::npos);
  CHECK(dump.find("[y_") != std::string::npos);  // the body's tick sees y
}

TEST_CASE("the Prelude desugars and lints", "[core][desugar]") {
  Desugared d("main = putStrLn (show (Just [1.5 :: Double]))\n");
  INFO((d.lint.empty() ? std::string() : d.lint[0]));
  CHECK(d.lint.empty());
  REQUIRE(d.modules.size() == 3);  // Lazuli.Prim, Prelude, Main
  CHECK(d.modules[1].name == "Prelude");
  CHECK(d.modules[1].groups.size() > 300);
}
