#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/module_graph.h"

namespace fs = std::filesystem;

namespace {

// A fresh directory holding the given files (path relative to it -> text).
std::string makeTree(const std::vector<std::pair<std::string, std::string>>& files) {
  static int n = 0;
  fs::path dir = fs::temp_directory_path() / ("lz_graph_" + std::to_string(getpid()) + "_" + std::to_string(n++));
  fs::remove_all(dir);
  for (const auto& [rel, text] : files) {
    fs::path p = dir / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
  }
  return dir.string();
}

std::string firstError(const core::DiagnosticSink& sink) {
  REQUIRE(sink.hasErrors());
  const core::Diagnostic& d = sink.diagnostics()[0];
  std::string s = std::to_string(d.span.start.line) + ":" + std::to_string(d.span.start.col) +
                  " " + d.message;
  for (const std::string& n : d.notes) s += "\n" + n;
  return s;
}

}  // namespace

TEST_CASE("modules load through the search path, dependencies first", "[core][modules]") {
  std::string dir = makeTree({
      {"Main.hs", "import Geometry.Shapes\nimport Util\nmain = 1\n"},
      {"Geometry/Shapes.hs", "module Geometry.Shapes where\nimport Util\nx = 1\n"},
      {"Util.hs", "module Util (y) where\ny = 2\n"},
  });
  core::ModuleGraph g({dir});
  core::AstArena arena;
  core::DiagnosticSink sink;
  REQUIRE(g.loadRoot(dir + "/Main.hs", arena, sink, {"Prelude"}));
  std::vector<std::string> names;
  for (const core::ModuleNode* m : g.order()) names.push_back(m->name);
  CHECK(names == std::vector<std::string>{"Util", "Geometry.Shapes", "Main"});
  CHECK(g.find("Geometry.Shapes")->imports.size() == 1);
  CHECK(g.root()->imports.size() == 2);
}

TEST_CASE("external modules are not looked for", "[core][modules]") {
  std::string dir = makeTree({{"Main.hs", "import Data.List\nmain = 1\n"}});
  core::ModuleGraph g({dir});
  core::AstArena arena;
  core::DiagnosticSink sink;
  CHECK(g.loadRoot(dir + "/Main.hs", arena, sink, {"Prelude", "Data.List"}));
}

TEST_CASE("a missing module is an error at its import", "[core][modules]") {
  std::string dir = makeTree({{"Main.hs", "module Main where\nimport Nowhere.Near\nmain = 1\n"}});
  core::ModuleGraph g({dir});
  core::AstArena arena;
  core::DiagnosticSink sink;
  CHECK_FALSE(g.loadRoot(dir + "/Main.hs", arena, sink, {"Prelude"}));
  CHECK(firstError(sink) ==
        "2:1 Could not find module \u2018Nowhere.Near\u2019\n"
        "It is not a module in the current program, or in any known package.");
}

TEST_CASE("an import cycle is reported with every module on it", "[core][modules]") {
  std::string dir = makeTree({
      {"Main.hs", "import A\nmain = 1\n"},
      {"A.hs", "module A where\nimport B\na = 1\n"},
      {"B.hs", "module B where\nimport A\nb = 1\n"},
  });
  core::ModuleGraph g({dir});
  core::AstArena arena;
  core::DiagnosticSink sink;
  CHECK_FALSE(g.loadRoot(dir + "/Main.hs", arena, sink, {"Prelude"}));
  std::string e = firstError(sink);
  CHECK(e.rfind("2:1 Module imports form a cycle:", 0) == 0);
  CHECK(e.find("module \u2018A\u2019") != std::string::npos);
  CHECK(e.find("      imports \u2018B\u2019") != std::string::npos);
  CHECK(e.find("which imports \u2018A\u2019") != std::string::npos);
}

TEST_CASE("a module's header must match its file name", "[core][modules]") {
  std::string dir = makeTree({
      {"Main.hs", "import Foo\nmain = 1\n"},
      {"Foo.hs", "module Bar where\nx = 1\n"},
  });
  core::ModuleGraph g({dir});
  core::AstArena arena;
  core::DiagnosticSink sink;
  CHECK_FALSE(g.loadRoot(dir + "/Main.hs", arena, sink, {"Prelude"}));
  CHECK(firstError(sink) == "1:8 File name does not match module name:\nSaw: \u2018Bar\u2019\nExpected: \u2018Foo\u2019");
}

TEST_CASE("the implicit Prelude import is an edge of the graph", "[core][modules]") {
  std::string dir = makeTree({
      {"Main.hs", "module Main where\nmain = 1\n"},
      {"Prelude.hs", "module Prelude where\nid x = x\n"},
  });
  core::ModuleGraph g({dir});
  core::AstArena arena;
  core::DiagnosticSink sink;
  REQUIRE(g.loadRoot(dir + "/Main.hs", arena, sink));
  REQUIRE(g.order().size() == 2);
  CHECK(g.order()[0]->name == "Prelude");
  core::ModuleGraph h({dir + "/nowhere"});
  CHECK_FALSE(h.loadRoot(dir + "/Main.hs", arena, sink));
  CHECK(sink.diagnostics().back().span.start.col == 8);  // at the module's name, as GHC says
}

TEST_CASE("a syntax error in an imported module stops loading", "[core][modules]") {
  std::string dir = makeTree({
      {"Main.hs", "import Foo\nmain = 1\n"},
      {"Foo.hs", "module Foo where\nx = (1\n"},
  });
  core::ModuleGraph g({dir});
  core::AstArena arena;
  core::DiagnosticSink sink;
  CHECK_FALSE(g.loadRoot(dir + "/Main.hs", arena, sink, {"Prelude"}));
  CHECK(core::fileName(sink.diagnostics()[0].span.file) == dir + "/Foo.hs");
}
