// The breakpoint state machine alone: numbering, the break array kept in
// step with the breakpoints, ignore counts, step predicates, the registry.
#include <catch2/catch.hpp>

#include "breakpoints/engine.h"
#include "breakpoints/registry.h"

namespace {

core::SrcSpan span(uint32_t l1, uint32_t c1, uint32_t l2, uint32_t c2) {
  return core::SrcSpan{1, {l1, c1}, {l2, c2}};
}

// Sites of `fact 0 = 1; fact n = n * fact (n - 1)` on lines 4 and 5.
std::vector<core::BreakSite> factSites() {
  std::vector<core::BreakSite> s(4);
  s[0].span = span(5, 20, 5, 25);  // n - 1
  s[1].span = span(5, 14, 5, 26);  // fact (n - 1)
  s[2].span = span(5, 10, 5, 26);  // n * fact (n - 1)
  s[3].span = span(4, 10, 4, 11);  // 1
  for (auto& x : s) x.decl = "Main.fact";
  return s;
}

}  // namespace

TEST_CASE("breakpoints are numbered and keep the break array in step", "[breakpoints]") {
  bp::Registry reg;
  bp::ModBreaks* m = reg.add("Main", 4, [] { return factSites(); });
  bp::Engine e;
  bool existed = true;
  CHECK(e.add(*m, 2, &existed) == 0);
  CHECK_FALSE(existed);
  CHECK(e.add(*m, 3) == 1);
  CHECK(e.add(*m, 2, &existed) == 0);  // the same site: the same breakpoint
  CHECK(existed);
  CHECK(e.add(*m, 4) == -1);           // no such site
  CHECK(m->array().isEnabled(2));
  REQUIRE(e.setEnabled(0, false));
  CHECK_FALSE(m->array().isEnabled(2));
  REQUIRE(e.setEnabled(0, true));
  REQUIRE(e.remove(0));
  CHECK_FALSE(m->array().isEnabled(2));
  CHECK_FALSE(e.remove(0));
  CHECK(e.add(*m, 1) == 2);             // numbers are not reused
  e.removeAll();
  CHECK(e.breakpoints().empty());
  CHECK_FALSE(m->array().isEnabled(1));
  CHECK_FALSE(m->array().isEnabled(3));
}

TEST_CASE("a breakpoint stops after its ignored hits; steps decide alone", "[breakpoints]") {
  bp::Registry reg;
  bp::ModBreaks* m = reg.add("Main", 4, [] { return factSites(); });
  bp::Engine e;
  int id = e.add(*m, 2);
  REQUIRE(e.setIgnoreCount(id, 2));
  using K = bp::Engine::Decision::Kind;
  CHECK(e.atSite(*m, 2).kind == K::Continue);
  CHECK(e.atSite(*m, 2).kind == K::Continue);
  bp::Engine::Decision d = e.atSite(*m, 2);
  CHECK(d.kind == K::Stop);
  CHECK(d.breakpoint == id);
  CHECK(e.atSite(*m, 1).kind == K::Continue);  // no breakpoint there
  // :steplocal from site 2 keeps to its enclosing span (5:10-25): not line 4.
  e.step(bp::StepMode::Local, {}, bp::Engine::enclosingSpan(*m, 0));
  CHECK(*e.everySiteFlag());
  CHECK(e.atSite(*m, 1).kind == K::Stop);
  CHECK(e.atSite(*m, 3).kind == K::Continue);
  e.step(bp::StepMode::Module, "Other");
  CHECK(e.atSite(*m, 2).kind == K::Continue);  // a breakpoint does not stop another module's step
  e.step(bp::StepMode::Off);
  CHECK_FALSE(*e.everySiteFlag());
  e.setTracing(true);
  d = e.atSite(*m, 1);
  CHECK(d.kind == K::Continue);
  CHECK(d.record);
}

TEST_CASE("GHCi's enclosing span and history names", "[breakpoints]") {
  bp::Registry reg;
  bp::ModBreaks* m = reg.add("Main", 4, [] { return factSites(); });
  CHECK(bp::Engine::enclosingSpan(*m, 0) == span(5, 10, 5, 26));
  CHECK(bp::Engine::enclosingSpan(*m, 3) == span(4, 10, 4, 11));
  CHECK(bp::Engine::displayDecl("Main", "Main.average.count") == "average:count");
  CHECK(bp::Engine::displayDecl("Data.Map", "Data.Map.insert.go") == "insert:go");
  CHECK(bp::Engine::displayDecl("Main", "Main.<.>") == "<.>");
}

TEST_CASE("the registry reads a site table once, checks it, and keeps state across a reload", "[breakpoints]") {
  bp::Registry reg;
  int reads = 0;
  bp::ModBreaks* m = reg.add("Main", 4, [&] {
    ++reads;
    return factSites();
  });
  REQUIRE(m->sites() != nullptr);
  REQUIRE(m->sites() != nullptr);
  CHECK(reads == 1);
  CHECK(reg.find("Main") == m);
  CHECK(reg.find("Other") == nullptr);
  m->array().enable(1);
  // Reloaded with as many sites: the same entry, breakpoints kept.
  CHECK(reg.add("Main", 4, [] { return factSites(); }) == m);
  CHECK(m->array().isEnabled(1));
  // A table that does not match the code is an error, not a crash.
  bp::ModBreaks* bad = reg.add("Bad", 2, [] { return factSites(); });
  CHECK(bad->sites() == nullptr);
  CHECK(bad->error().find("4 sites") != std::string::npos);
  CHECK(bad->site(0) == nullptr);
}
