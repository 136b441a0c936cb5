// The debugger engine driven directly (the session's commands come later):
// breakpoints through -O inlining, modules without break sites, the step
// modes against GHCi's transcripts, trace history, exceptions, nesting,
// conditions, and printing without forcing.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

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

namespace {
// The program of tests/trace/ whose :hist is GHCi's.
std::string kThunks() {
  std::ifstream in(LZ_SOURCE_DIR "/tests/trace/Thunks.hs");
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

//   ghci Thunks.hs  with  :set -fbreak-on-error, :trace main, :hist
TEST_CASE("trace mode: the history at an uncaught exception is GHCi's", "[debugger]") {
  DebugProgram p(std::map<std::string, std::string>{{"Main.hs", kThunks()}});
  p.debugger->setBreakOnError(true);
  interp::Obj* r = nullptr;
  REQUIRE(p.debugger->start(p.global("Main.main"), {p.rt.world}, &r, bp::StepMode::Off, /*trace=*/true) ==
          Outcome::Stopped);
  CHECK(p.where() == "Stopped in <exception thrown>");
  const interp::Stop* s = p.debugger->stop();
  REQUIRE(s->exception() != nullptr);
  std::vector<std::string> hist;
  for (const interp::Stop& h : p.debugger->history()) hist.push_back(DebugProgram::describe(h));
  CHECK(hist == std::vector<std::string>{
                    "Main.average.count (7:25-41)", "Main.average.count (7:17-42)", "Main.average.total (6:17-22)",
                    "Main.average (5:14-30)", "Main.report (10:34-43)", "Main.report (10:28-44)",
                    "Main.report (10:13-44)", "Main.main.r (14:11-26)", "Main.main (16:3-12)",
                    "Main.main (15:3-22)", "Main.main ((13,8)-(16,12))"});
  // What -1 captured, as `:back` then `:show bindings` shows it.
  const interp::Stop& last = p.debugger->history().front();
  REQUIRE(last.values.size() == 1);
  CHECK(last.site_info()->vars[0] == std::pair<std::string, std::string>{"xs", "[Int]"});
  CHECK(interp::TermPrinter().show(last.values[0]) == "[1,2,3]");
  // The lexical stack of the raise: div by zero in average, called from report.
  CHECK(ccs::renderBacktrace(s->ccs).find("Main.average") != std::string::npos);
  // Continuing raises it on: the evaluation ends with the exception.
  REQUIRE(p.debugger->resume(&r) == Outcome::Exception);
  CHECK(p.debugger->depth() == 0);
}

TEST_CASE("break on exception stops at caught raises too; break on error only at uncaught ones", "[debugger]") {
  const char* prog = R"(module Main where
import System.IO.Error (catchIOError, ioError, userError)

main :: IO ()
main = do
  catchIOError (ioError (userError "caught")) (\_ -> putStrLn "handled")
  ioError (userError "uncaught")
)";
  for (bool onException : {true, false}) {
    DebugProgram p(std::map<std::string, std::string>{{"Main.hs", prog}});
    if (onException) p.debugger->setBreakOnException(true);
    else p.debugger->setBreakOnError(true);
    interp::Obj* r = nullptr;
    Outcome o = p.debugger->start(p.global("Main.main"), {p.rt.world}, &r);
    int stops = 0;
    while (o == Outcome::Stopped) {
      ++stops;
      CHECK(p.debugger->stop()->kind == interp::Stop::Kind::Exception);
      o = p.debugger->resume(&r);
    }
    CHECK(o == Outcome::Exception);
    CHECK(stops == (onException ? 2 : 1));
  }
}

TEST_CASE("evaluations nest: a stop inside an evaluation started at a stop", "[debugger]") {
  DebugProgram p(std::map<std::string, std::string>{{"Main.hs", kStep}});
  bp::ModBreaks& m = *p.registry.find("Main");
  p.debugger->engine().add(m, p.siteAt("Main", "8:12-16"));  // double
  interp::Obj* r = nullptr;
  interp::Obj* dbl = p.global("Main.double");
  REQUIRE(p.debugger->start(dbl, {p.rt.mkInt(3)}, &r) == Outcome::Stopped);
  CHECK(intOf(p.debugger->stop()->values[0]) == 3);
  // At the stop, evaluate `double 5`: it stops too, one level deeper.
  REQUIRE(p.debugger->start(dbl, {p.rt.mkInt(5)}, &r) == Outcome::Stopped);
  CHECK(p.debugger->depth() == 2);
  CHECK(intOf(p.debugger->stop()->values[0]) == 5);
  REQUIRE(p.debugger->resume(&r) == Outcome::Value);
  CHECK(intOf(r) == 10);
  // Back at the first stop, which resumes where it was.
  REQUIRE(p.debugger->depth() == 1);
  CHECK(intOf(p.debugger->stop()->values[0]) == 3);
  REQUIRE(p.debugger->resume(&r) == Outcome::Value);
  CHECK(intOf(r) == 6);
  // Abandoning an inner stop leaves the outer one as it was.
  REQUIRE(p.debugger->start(dbl, {p.rt.mkInt(1)}, &r) == Outcome::Stopped);
  REQUIRE(p.debugger->start(dbl, {p.rt.mkInt(2)}, &r) == Outcome::Stopped);
  p.debugger->abandon();
  REQUIRE(p.debugger->depth() == 1);
  REQUIRE(p.debugger->resume(&r) == Outcome::Value);
  CHECK(intOf(r) == 2);
}

TEST_CASE("an abandoned evaluation leaves its thunks unevaluated, not broken", "[debugger]") {
  const char* prog = R"(module Main where

total :: Int
total = sum (map square [1 .. 10])

square :: Int -> Int
square x = x * x

main :: IO ()
main = print total
)";
  DebugProgram p(std::map<std::string, std::string>{{"Main.hs", prog}});
  int id = p.debugger->engine().add(*p.registry.find("Main"), p.siteAt("Main", "7:12-16"));
  interp::Obj* r = nullptr;
  REQUIRE(p.debugger->start(p.global("Main.total"), {}, &r) == Outcome::Stopped);
  p.debugger->abandon();  // `total` was under evaluation
  REQUIRE(p.debugger->engine().remove(id));
  REQUIRE(p.debugger->start(p.global("Main.total"), {}, &r) == Outcome::Value);
  CHECK(intOf(r) == 385);
}

TEST_CASE("conditions and ignore counts", "[debugger]") {
  const char* prog = R"(module Main where

count :: Int -> Int
count 0 = 0
count n = 1 + count (n - 1)

deep :: Int -> Bool
deep n = n < 3

main :: IO ()
main = print (count 5)
)";
  DebugProgram p(std::map<std::string, std::string>{{"Main.hs", prog}});
  bp::ModBreaks& m = *p.registry.find("Main");
  interp::Obj* r = nullptr;
  // Stop only when n < 3 (the session compiles `n < 3` to such a function).
  int id = p.debugger->engine().add(m, p.siteAt("Main", "5:11-27"));
  REQUIRE(p.debugger->setCondition(id, p.global("Main.deep"), "n < 3"));
  std::vector<int64_t> seen;
  Outcome o = p.debugger->start(p.global("Main.count"), {p.rt.mkInt(5)}, &r);
  while (o == Outcome::Stopped) {
    seen.push_back(intOf(p.debugger->stop()->values[0]));
    o = p.debugger->resume(&r);
  }
  CHECK(seen == std::vector<int64_t>{2, 1});
  CHECK(intOf(r) == 5);
  // Without the condition, ignoring the next 3 hits: stops at n = 2, then every hit.
  REQUIRE(p.debugger->setCondition(id, nullptr, ""));
  REQUIRE(p.debugger->engine().setIgnoreCount(id, 3));
  seen.clear();
  o = p.debugger->start(p.global("Main.count"), {p.rt.mkInt(5)}, &r);
  while (o == Outcome::Stopped) {
    seen.push_back(intOf(p.debugger->stop()->values[0]));
    o = p.debugger->resume(&r);
  }
  CHECK(seen == std::vector<int64_t>{2, 1});
}

TEST_CASE("tracepoints log and go on", "[debugger]") {
  DebugProgram p(std::map<std::string, std::string>{{"Main.hs", kStep}});
  int id = p.debugger->engine().add(*p.registry.find("Main"), p.siteAt("Main", "5:10-25"));
  p.debugger->engine().find(id)->tracepoint = true;
  std::vector<std::string> logged;
  p.debugger->onTracepoint([&](const interp::Stop& s) {
    logged.push_back(DebugProgram::describe(s) + " n = " + interp::TermPrinter().show(s.values[0]));
  });
  interp::Obj* r = nullptr;
  REQUIRE(p.debugger->start(p.global("Main.fact"), {p.rt.mkIntegerFromText("2")}, &r) == Outcome::Value);
  CHECK(logged == std::vector<std::string>{"Main.fact (5:10-25) n = 2", "Main.fact (5:10-25) n = 1"});
  CHECK(p.debugger->engine().find(id)->hits == 2);
}

TEST_CASE("values print without being forced; :print names the holes; :force forces", "[debugger]") {
  const char* prog = R"(module Main where

data T = Leaf | Node T Int T

xs :: [Int]
xs = map (* 2) [1 .. 5]

pairs :: [(Int, Maybe Char)]
pairs = [(1, Just 'a'), (-2, Nothing)]

tree :: T
tree = Node Leaf 3 (Node Leaf (-4) Leaf)

main :: IO ()
main = print (head xs)
)";
  DebugProgram p(std::map<std::string, std::string>{{"Main.hs", prog}});
  interp::Obj* xs = p.global("Main.xs");
  CHECK(interp::TermPrinter().show(xs) == "_");
  interp::Obj* r = nullptr;
  REQUIRE(p.debugger->start(p.global("Main.main"), {p.rt.world}, &r) == Outcome::Value);
  CHECK(interp::TermPrinter().show(xs) == "2 : _");
  interp::TermPrinter named(true, 1);
  CHECK(named.show(xs) == "2 : _t1");
  CHECK(named.holes().size() == 1);
  REQUIRE(interp::forceDeep(*p.machine, xs));
  CHECK(interp::TermPrinter().show(xs) == "[2,4,6,8,10]");
  interp::Obj* ps = p.global("Main.pairs");
  REQUIRE(interp::forceDeep(*p.machine, ps));
  CHECK(interp::TermPrinter().show(ps) == "[(1,Just 'a'),(-2,Nothing)]");
  interp::Obj* t = p.global("Main.tree");
  REQUIRE(interp::forceDeep(*p.machine, t));
  CHECK(interp::TermPrinter().show(t) == "Node Leaf 3 (Node Leaf (-4) Leaf)");
}

TEST_CASE("an abandoned evaluation resumes where it stopped when its thunks are forced again", "[debugger]") {
  const char* prog = R"(module Main where

step :: Int -> Int
step x = x * 3

chain :: [Int]
chain = map step [1 .. 6]

total :: Int
total = sum chain + length chain

main :: IO ()
main = print total
)";
  DebugProgram p(std::map<std::string, std::string>{{"Main.hs", prog}});
  int id = p.debugger->engine().add(*p.registry.find("Main"), p.siteAt("Main", "4:10-14"));
  REQUIRE(p.debugger->engine().setIgnoreCount(id, 3));  // stop at the fourth element
  interp::Obj* r = nullptr;
  REQUIRE(p.debugger->start(p.global("Main.total"), {}, &r) == Outcome::Stopped);
  interp::Obj* x = p.debugger->stop()->values[0];
  CHECK(interp::TermPrinter().show(x) == "_");  // not evaluated yet: `x * 3` evaluates it
  REQUIRE(interp::forceDeep(*p.machine, x));    // (at the stop, breakpoints off)
  CHECK(intOf(x) == 4);
  p.debugger->abandon();
  REQUIRE(p.debugger->depth() == 0);
  // The elements evaluated so far stay evaluated; the fourth is frozen mid-way.
  CHECK(interp::TermPrinter().show(p.global("Main.chain")) == "3 : 6 : 9 : _ : _");
  REQUIRE(p.debugger->engine().remove(id));
  // Forcing the abandoned element first, then the whole: both resume.
  REQUIRE(interp::forceDeep(*p.machine, p.global("Main.chain")));
  CHECK(interp::TermPrinter().show(p.global("Main.chain")) == "[3,6,9,12,15,18]");
  REQUIRE(p.debugger->start(p.global("Main.total"), {}, &r) == Outcome::Value);
  CHECK(intOf(r) == 63 + 6);
}

TEST_CASE("strings print as show writes them, escapes and all", "[debugger]") {
  const char* prog = R"(module Main where

s :: String
s = "a\nb\1234" ++ "5\SO" ++ "H\"'"

c :: Char
c = '\''

main :: IO ()
main = print s
)";
  DebugProgram p(std::map<std::string, std::string>{{"Main.hs", prog}});
  REQUIRE(interp::forceDeep(*p.machine, p.global("Main.s")));
  CHECK(interp::TermPrinter().show(p.global("Main.s")) == R"("a\nb\1234\&5\SO\&H\"'")");
  REQUIRE(interp::forceDeep(*p.machine, p.global("Main.c")));
  CHECK(interp::TermPrinter().show(p.global("Main.c")) == R"('\'')");
}
