#include <catch2/catch.hpp>

#include "core/core_serial.h"
#include "core/iface_io.h"
#include "core/source_file.h"

TEST_CASE("interface numbers, strings, spans and entities read back as written", "[iface]") {
  core::EntityTable table;
  core::Entity* e = table.make(core::EntityKind::Var, "A", "f", {});
  const core::SourceFile& f = core::addSourceFile("IfaceTest.hs", "x = 1\n");
  core::SrcSpan at{f.id, {3, 1}, {3, 7}};
  core::IfaceWriter w;
  w.num(0);
  w.num(300);
  w.num(UINT64_MAX);
  w.str("hello");
  w.span(at);
  w.span(at);
  w.entity(e);
  w.entity(e);
  w.entity(nullptr);
  int resolved = 0;
  core::IfaceReader r(w.bytes(), [&](const std::string& m, bool type, const std::string& n) -> const core::Entity* {
    ++resolved;
    return m == "A" && !type && n == "f" ? e : nullptr;
  });
  CHECK(r.num() == 0);
  CHECK(r.num() == 300);
  CHECK(r.num() == UINT64_MAX);
  CHECK(r.str() == "hello");
  CHECK(r.span() == at);
  CHECK(r.span() == at);
  CHECK(r.entity() == e);
  CHECK(r.entity() == e);
  CHECK(r.entity() == nullptr);
  CHECK(resolved == 1);  // the second reference is by number
  CHECK(r.ok());
  CHECK(r.atEnd());
}

TEST_CASE("a truncated or inflated interface fails instead of reading past its end", "[iface]") {
  core::IfaceWriter w;
  w.str("a string of some length");
  w.num(1234567);
  const std::string& bytes = w.bytes();
  for (size_t cut = 0; cut < bytes.size(); ++cut) {
    core::IfaceReader r(std::string_view(bytes).substr(0, cut));
    r.str();
    r.num();
    CHECK_FALSE(r.ok());
  }
  core::IfaceWriter big;
  big.num(1ull << 40);  // a count no interface of this size can hold
  core::IfaceReader r(big.bytes());
  CHECK(r.count() == 0);
  CHECK_FALSE(r.ok());
  core::IfaceWriter unknown;
  unknown.entity(nullptr);
  unknown.num(7);  // an entity number never defined
  core::IfaceReader r2(unknown.bytes());
  CHECK(r2.entity() == nullptr);
  CHECK(r2.entity() == nullptr);
  CHECK_FALSE(r2.ok());
}

TEST_CASE("the fingerprint skips what is written unhashed", "[iface]") {
  auto write = [](uint32_t line) {
    core::IfaceWriter w;
    w.str("f");
    w.unhashed([&] { w.span(core::SrcSpan{0, {line, 1}, {line, 2}}); });
    w.num(42);
    return w;
  };
  core::IfaceWriter a = write(3), b = write(30);
  CHECK(a.bytes() != b.bytes());
  CHECK(a.fingerprint() == b.fingerprint());
  core::IfaceWriter c;
  c.str("g");
  c.unhashed([&] { c.span(core::SrcSpan{0, {3, 1}, {3, 2}}); });
  c.num(42);
  CHECK(c.fingerprint() != a.fingerprint());
}

TEST_CASE("an unfolding reads back with its ticks, the defining module's name kept", "[iface]") {
  core::CoreArena A;
  core::CoreVar* g = A.var("helper", "A");
  core::CoreVar* x = A.var("x");
  core::CoreExpr* occ = A.expr(core::CoreExpr::Kind::Var);
  occ->var = x;
  core::CoreExpr* call = A.expr(core::CoreExpr::Kind::App);
  call->body = A.expr(core::CoreExpr::Kind::Var);
  call->body->var = g;
  call->args = {occ};
  core::CoreExpr* tick = A.expr(core::CoreExpr::Kind::Tick);
  tick->tick = A.tick(core::Tick::Kind::Breakpoint);
  tick->tick->module = "A";
  tick->tick->index = 4;
  tick->tick->freeVars = {x};
  tick->body = call;
  core::CoreExpr* lam = A.expr(core::CoreExpr::Kind::Lam);
  lam->params = {x};
  lam->body = tick;
  core::IfaceWriter w;
  core::writeCoreExpr(lam, w);

  core::CoreArena B;
  core::CoreVar* g2 = B.var("helper", "A");
  core::CoreNames names;
  names.global = [&](const std::string& m, const std::string& n) { return m == "A" && n == "helper" ? g2 : nullptr; };
  names.con = [](const std::string&, const std::string&) -> const core::DataCon* { return nullptr; };
  core::IfaceReader r(w.bytes());
  core::CoreExpr* back = core::readCoreExpr(r, B, names);
  REQUIRE(back != nullptr);
  CHECK(r.atEnd());
  CHECK(core::printCoreExpr(*back) == core::printCoreExpr(*lam));
  REQUIRE(back->body->kind == core::CoreExpr::Kind::Tick);
  CHECK(back->body->tick->module == "A");
  CHECK(back->body->tick->index == 4);
  CHECK(back->body->tick->freeVars[0] == back->params[0]);  // the local binder, shared
  CHECK(back->body->body->body->var == g2);                  // the importer's global
  // A reader that cannot resolve the global fails cleanly.
  core::CoreNames blind = names;
  blind.global = [](const std::string&, const std::string&) -> core::CoreVar* { return nullptr; };
  core::IfaceReader r2(w.bytes());
  CHECK(core::readCoreExpr(r2, B, blind) == nullptr);
  CHECK_FALSE(r2.ok());
}
