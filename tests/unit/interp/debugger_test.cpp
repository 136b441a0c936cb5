// The debugger engine driven directly (the session's commands come later):
// breakpoints through -O inlining, modules without break sites, the step
// modes against GHCi's transcripts, trace history, exceptions, nesting,
// conditions, and printing without forcing.
#include <catch2/catch.hpp>

#include "interp/term_printer.h"
#include "tests/unit/interp/debug_program.h"

using interp::Outcome;
using lztest::DebugProgram;

namespace {

const char* kModuleA = R"(module A (double) where

double :: Int -> Int
double x = x + x
)";

const char* kMainUsingA = R"(module Main where

import A

result :: Int
result = double 21

main :: IO ()
main = print result
)";

int64_t intOf(interp::Obj* o) {
  REQUIRE(o != nullptr);
  o = interp::deref(o);
  REQUIRE(interp::typeOf(o) == interp::Type::Int);
  return interp::intValue(o);
}

}  // namespace

TEST_CASE("a breakpoint in A.double stops Main's code it was inlined into, at A's span", "[debugger]") {
  DebugProgram p({{"A.hs", kModuleA}, {"Main.hs", kMainUsingA}}, {.optimise = true});
  // Inlined: Main's code holds A's break site (its module table names A).
  uint32_t site = p.siteAt("A", "4:12-16");
  int id = p.debugger->engine().add(*p.registry.find("A"), site);
  REQUIRE(id == 0);
  interp::Obj* r = nullptr;
  REQUIRE(p.debugger->start(p.global("Main.result"), {}, &r) == Outcome::Stopped);
  CHECK(p.where() == "Stopped in A.double, 4:12-16");
  const interp::Stop* s = p.debugger->stop();
  CHECK(s->breakpoint == 0);
  REQUIRE(s->values.size() == 1);
  CHECK(s->site_info()->vars[0].first == "x");
  CHECK(s->site_info()->vars[0].second == "Int");
  CHECK(intOf(s->values[0]) == 21);
  REQUIRE(p.debugger->resume(&r) == Outcome::Value);
  CHECK(intOf(r) == 42);
  CHECK(p.debugger->depth() == 0);
}

TEST_CASE("a disabled breakpoint stops nothing", "[debugger]") {
  DebugProgram p({{"A.hs", kModuleA}, {"Main.hs", kMainUsingA}}, {.optimise = true});
  int id = p.debugger->engine().add(*p.registry.find("A"), p.siteAt("A", "4:12-16"));
  REQUIRE(p.debugger->engine().setEnabled(id, false));
  interp::Obj* r = nullptr;
  REQUIRE(p.debugger->start(p.global("Main.result"), {}, &r) == Outcome::Value);
  CHECK(intOf(r) == 42);
  // Deleted after being enabled again: the same.
  REQUIRE(p.debugger->engine().setEnabled(id, true));
  REQUIRE(p.debugger->engine().remove(id));
  REQUIRE(p.debugger->start(p.global("Main.result"), {}, &r) == Outcome::Value);
}

TEST_CASE("a module built without break sites runs without stopping, inlined or not", "[debugger]") {
  std::string a = std::string("{-# OPTIONS_GHC -fno-break-points #-}\n") + kModuleA;
  for (bool optimise : {false, true}) {
    DebugProgram p({{"A.hs", a}, {"Main.hs", kMainUsingA}}, {.optimise = optimise});
    CHECK(p.registry.find("A") == nullptr);
    REQUIRE(p.registry.find("Main") != nullptr);
    // Stepping stops at every site there is: none of them A's.
    interp::Obj* r = nullptr;
    Outcome o = p.debugger->start(p.global("Main.result"), {}, &r, bp::StepMode::Any);
    std::vector<std::string> stops;
    while (o == Outcome::Stopped) {
      stops.push_back(p.where());
      o = p.debugger->resume(&r, bp::StepMode::Any);
    }
    REQUIRE(o == Outcome::Value);
    CHECK(intOf(r) == 42);
    CHECK(stops == std::vector<std::string>{"Stopped in Main.result, 6:10-18"});
  }
}

namespace {

const char* kStep = R"(module Main where

fact :: Integer -> Integer
fact 0 = 1
fact n = n * fact (n - 1)

double :: Int -> Int
double x = x + x

main :: IO ()
main = do
  print (fact 2)
  print (double 4)
)";

// Runs `main` under the debugger: starts with `first` (breakpoints
// already set), then resumes with `next` until it ends; the stops, as GHCi
// reports them.
std::vector<std::string> stepThrough(DebugProgram& p, bp::StepMode first, bp::StepMode next) {
  interp::Obj* r = nullptr;
  Outcome o = p.debugger->start(p.global("Main.main"), {p.rt.world}, &r, first);
  std::vector<std::string> stops;
  while (o == Outcome::Stopped && stops.size() < 100) {
    stops.push_back(p.where());
    o = p.debugger->resume(&r, next);
  }
  CHECK(o == Outcome::Value);
  return stops;
}

}  // namespace

// The expected stops are GHCi 9.0.2's for the same program and commands:
//   ghci Step.hs  with  :step main  then :step until it ends
TEST_CASE(":step stops where GHCi stops", "[debugger]") {
  DebugProgram p(std::map<std::string, std::string>{{"Main.hs", kStep}});
  std::vector<std::string> want = {
      "Stopped in Main.main, (11,8)-(13,18)", "Stopped in Main.main, 12:3-16", "Stopped in Main.main, 12:10-15",
      "Stopped in Main.fact, 5:10-25",       "Stopped in Main.fact, 5:14-25", "Stopped in Main.fact, 5:20-24",
      "Stopped in Main.fact, 5:10-25",       "Stopped in Main.fact, 5:14-25", "Stopped in Main.fact, 5:20-24",
      "Stopped in Main.fact, 4:10",          "Stopped in Main.main, 13:3-18", "Stopped in Main.main, 13:10-17",
      "Stopped in Main.double, 8:12-16",
  };
  CHECK(stepThrough(p, bp::StepMode::Any, bp::StepMode::Any) == want);
}

//   ghci Step.hs  with  :break fact  (two breakpoints: 4:10 and 5:10-25),
//   main, then :steplocal until it ends
TEST_CASE(":steplocal keeps to the enclosing span of the stop, as GHCi's", "[debugger]") {
  DebugProgram p(std::map<std::string, std::string>{{"Main.hs", kStep}});
  bp::ModBreaks& m = *p.registry.find("Main");
  p.debugger->engine().add(m, p.siteAt("Main", "4:10"));
  p.debugger->engine().add(m, p.siteAt("Main", "5:10-25"));
  std::vector<std::string> want = {
      "Stopped in Main.fact, 5:10-25", "Stopped in Main.fact, 5:14-25", "Stopped in Main.fact, 5:20-24",
      "Stopped in Main.fact, 5:10-25", "Stopped in Main.fact, 5:14-25", "Stopped in Main.fact, 5:20-24",
  };
  CHECK(stepThrough(p, bp::StepMode::Off, bp::StepMode::Local) == want);
}

namespace {
const char* kTwice = R"(module A (twice, inc) where

twice :: (Int -> Int) -> Int -> Int
twice f x = f (f x)

inc :: Int -> Int
inc n = n + 1
)";
const char* kAddTwo = R"(module Main where

import A

addTwo :: Int -> Int
addTwo y = twice inc y

main :: IO ()
main = print (addTwo 40)
)";
}  // namespace

//   ghci Main.hs  with  :step main, :step ...; and :break addTwo, main, :stepmodule ...
TEST_CASE(":step goes into other modules, :stepmodule does not", "[debugger]") {
  DebugProgram p({{"A.hs", kTwice}, {"Main.hs", kAddTwo}});
  std::vector<std::string> want = {
      "Stopped in Main.main, 9:8-24",   "Stopped in Main.main, 9:15-23", "Stopped in Main.addTwo, 6:12-22",
      "Stopped in A.twice, 4:13-19",    "Stopped in A.inc, 7:9-13",      "Stopped in A.twice, 4:16-18",
      "Stopped in A.inc, 7:9-13",
  };
  CHECK(stepThrough(p, bp::StepMode::Any, bp::StepMode::Any) == want);
  // main is a CAF: its `addTwo 40` was evaluated by the first run, so a
  // second run would not call addTwo again (papers/breakpoints.md,
  // "Stopping in CAFs") unless the CAFs are reverted, as GHCi's :set +r.
  p.linker.revertCafs();
  p.debugger->engine().add(*p.registry.find("Main"), p.siteAt("Main", "6:12-22"));
  CHECK(stepThrough(p, bp::StepMode::Off, bp::StepMode::Module) ==
        std::vector<std::string>{"Stopped in Main.addTwo, 6:12-22"});
  // Without reverting, the breakpoint in the evaluated CAF never fires.
  CHECK(stepThrough(p, bp::StepMode::Off, bp::StepMode::Module).empty());
}
