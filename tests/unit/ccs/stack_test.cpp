#include <catch2/catch.hpp>

#include "ccs/stack.h"

namespace {

// The names of a stack's centres, innermost first.
std::vector<std::string> names(const ccs::Stack* s) {
  std::vector<std::string> out;
  for (const ccs::CostCentre* cc : ccs::centres(s)) out.push_back(ccs::qualifiedName(*cc));
  return out;
}

struct Centres {
  ccs::CostCentre caf{"Main", "", {}, true};
  ccs::CostCentre main{"Main", "main", {}, false};
  ccs::CostCentre f{"Main", "f", {}, false};
  ccs::CostCentre g{"Main", "g", {}, false};
  ccs::CostCentre h{"Main", "h", {}, false};
};

}  // namespace

TEST_CASE("pushing a centre is interned: the same push gives the same stack", "[ccs]") {
  Centres c;
  const ccs::Stack* root = ccs::cafStack(&c.caf);
  const ccs::Stack* a = ccs::push(ccs::push(root, &c.main), &c.f);
  const ccs::Stack* b = ccs::push(ccs::push(root, &c.main), &c.f);
  CHECK(a == b);
  CHECK(a->depth == 3);
  CHECK(names(a) == std::vector<std::string>{"Main.f", "Main.main", "Main.CAF"});
  CHECK(ccs::cafStack(&c.caf) == root);
}

TEST_CASE("recursion folds: pushing a centre already on the stack cuts back to it", "[ccs]") {
  Centres c;
  const ccs::Stack* root = ccs::cafStack(&c.caf);
  const ccs::Stack* f = ccs::push(ccs::push(root, &c.main), &c.f);
  CHECK(ccs::push(f, &c.f) == f);                    // direct recursion
  const ccs::Stack* fg = ccs::push(f, &c.g);
  CHECK(ccs::push(fg, &c.f) == f);                   // mutual recursion f -> g -> f
  CHECK(ccs::push(ccs::push(fg, &c.h), &c.main) == ccs::push(root, &c.main));
}

TEST_CASE("entering a function keeps the caller's stack when the function has none", "[ccs]") {
  Centres c;
  const ccs::Stack* s = ccs::push(ccs::push(ccs::cafStack(&c.caf), &c.main), &c.f);
  CHECK(ccs::enterFun(s, nullptr) == s);
  CHECK(ccs::enterFun(s, s) == s);
  CHECK(ccs::enterFun(s, ccs::cafStack(&c.caf)) == s);  // a CAF root
}

TEST_CASE("entering a closure built under another stack appends what differs", "[ccs]") {
  Centres c;
  const ccs::Stack* root = ccs::cafStack(&c.caf);
  const ccs::Stack* main = ccs::push(root, &c.main);
  // A partial application built in main.g, applied from main.f: GHC's
  // enterFunCCS keeps the shared prefix (main) and pushes g on the caller's.
  const ccs::Stack* builtIn = ccs::push(main, &c.g);
  const ccs::Stack* caller = ccs::push(main, &c.f);
  CHECK(names(ccs::enterFun(caller, builtIn)) == std::vector<std::string>{"Main.g", "Main.f", "Main.main", "Main.CAF"});
  // The caller deeper than the closure's stack.
  const ccs::Stack* deep = ccs::push(caller, &c.h);
  CHECK(names(ccs::enterFun(deep, builtIn)) ==
        std::vector<std::string>{"Main.g", "Main.h", "Main.f", "Main.main", "Main.CAF"});
  // The closure's stack extends the caller's: the caller's, then the rest.
  const ccs::Stack* longer = ccs::push(ccs::push(main, &c.g), &c.h);
  CHECK(names(ccs::enterFun(main, longer)) == std::vector<std::string>{"Main.h", "Main.g", "Main.main", "Main.CAF"});
  // Different roots: the whole closure stack (above its root) goes on top.
  ccs::CostCentre otherCaf{"Other", "", {}, true};
  ccs::CostCentre x{"Other", "x", {}, false};
  const ccs::Stack* other = ccs::push(ccs::cafStack(&otherCaf), &x);
  CHECK(names(ccs::enterFun(caller, other)) == std::vector<std::string>{"Other.x", "Main.f", "Main.main", "Main.CAF"});
}

TEST_CASE("the backtrace block is GHC's lines under our heading", "[ccs]") {
  Centres c;
  CHECK(ccs::renderBacktrace(ccs::mainStack()).empty());
  const ccs::Stack* s = ccs::push(ccs::cafStack(&c.caf), &c.main);
  CHECK(ccs::renderBacktrace(s) ==
        "CallStack (from cost-centre stack):\n  Main.main (<no location info>)\n  Main.CAF (<entire-module>)");
}
