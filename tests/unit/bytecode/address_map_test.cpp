// Debug information: the generator's line and locals tables, their round
// trip through an object's debug sections, and the address map's bisection
// from a code address to procedure, span and live locals.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "bytecode/address_map.h"
#include "bytecode/object_file.h"
#include "core/source_file.h"
#include "tests/unit/bytecode/core_builder.h"

namespace {

core::SrcSpan at(core::FileId f, uint32_t line, uint32_t from, uint32_t to) {
  return core::SrcSpan{f, {line, from}, {line, to}};
}

// len = \xs acc -> case xs of { [] -> acc; y : ys -> len ys (acc + 1) }, with spans.
bc::BcoModule spannedModule(lztest::CoreBuilder& b, core::FileId f) {
  core::CoreVar* len = b.global("len");
  core::CoreVar* xs = b.local("xs");
  core::CoreVar* acc = b.local("acc");
  core::CoreVar* y = b.local("y");
  core::CoreVar* ys = b.local("ys");
  acc->typeText = "Int";
  core::CoreExpr* plus = b.prim("primIntAdd", {b.var(acc), b.intLit(1)});
  plus->span = at(f, 3, 30, 37);
  core::CoreExpr* call = b.app(b.var(len), {b.var(ys), plus});
  call->span = at(f, 3, 20, 38);
  core::CoreExpr* nil = b.var(acc);
  nil->span = at(f, 2, 20, 23);
  core::CoreExpr* body = b.caseList(b.var(xs), nil, y, ys, call);
  body->span = at(f, 1, 14, 60);
  b.top(len, b.lam({xs, acc}, body), true);
  static bc::StgArena arena;
  return bc::generateBytecode(bc::coreToStg(b.m, arena));
}

}  // namespace

TEST_CASE("the generator records parameters, a line table and live ranges", "[debug]") {
  const core::SourceFile& f = core::addSourceFile("Len.hs", "");
  lztest::CoreBuilder b("Len");
  bc::BcoModule m = spannedModule(b, f.id);
  const bc::Bco* len = nullptr;
  for (const bc::Bco& x : m.bcos)
    if (x.name == "Len.len" && x.arity == 2) len = &x;  // (the argument thunk has its name too)
  REQUIRE(len != nullptr);
  const bc::BcoDebug& d = len->debug;
  CHECK(d.params == std::vector<std::string>{"xs", "acc"});
  CHECK(d.span == at(f.id, 1, 14, 60));
  REQUIRE(!d.lines.empty());
  for (size_t i = 1; i < d.lines.size(); ++i) CHECK(d.lines[i - 1].pc < d.lines[i].pc);
  bool sawCall = false, sawNil = false;
  for (const bc::LineEntry& e : d.lines) {
    sawCall |= e.span == at(f.id, 3, 20, 38);
    sawNil |= e.span == at(f.id, 2, 20, 23);
  }
  CHECK(sawCall);
  CHECK(sawNil);
  // Parameters are live everywhere; y and ys only in their alternative.
  for (const bc::LocalVar& v : d.locals) {
    CHECK(v.from <= v.to);
    CHECK(v.to <= len->code.size());
    if (v.name == "xs" || v.name == "acc") CHECK((v.from == 0 && v.to == len->code.size()));
    if (v.name == "acc") CHECK(v.type == "Int");
    if (v.name == "y" || v.name == "ys") CHECK(v.to < len->code.size() + 1);
  }
}

TEST_CASE("the address map finds procedure, span and locals by bisection, reading objects lazily", "[debug]") {
  const core::SourceFile& f = core::addSourceFile("Len2.hs", "");
  lztest::CoreBuilder b("Len2");
  bc::BcoModule m = spannedModule(b, f.id);
  std::string path = (std::filesystem::temp_directory_path() / ("lz_debug_" + std::to_string(::getpid()) + ".lzm")).string();
  REQUIRE(bc::writeObject(m, path).ok());
  bc::DataConRegistry cons;
  absl::StatusOr<std::unique_ptr<bc::LoadedObject>> obj = bc::readObject(path, cons);
  std::filesystem::remove(path);
  REQUIRE(obj.ok());
  const bc::BcoModule& loaded = (*obj)->module;
  // Note [Code in the mapping]: the loaded code is the object's words, in place.
  const uint8_t* base = (*obj)->image.base();
  for (const bc::Bco& bco : loaded.bcos) {
    CHECK(bco.code.isView());
    const auto* p = reinterpret_cast<const uint8_t*>(bco.code.data());
    CHECK((p >= base && p + 4 * bco.code.size() <= base + (*obj)->image.size()));
  }
  // Another module, compiled in memory, registered too: ranges interleave in memory.
  lztest::CoreBuilder b2("Other");
  bc::BcoModule other = spannedModule(b2, f.id);

  bc::AddressMap map;
  map.add(loaded, obj->get());
  map.add(other);
  CHECK(map.debugRecordsRead() == 0);  // nothing read before it is asked for
  for (uint32_t i = 0; i < loaded.bcos.size(); ++i) {
    const bc::Bco& bco = loaded.bcos[i];
    const bc::BcoDebug& want = m.bcos[i].debug;
    for (uint32_t pc = 0; pc < bco.code.size(); ++pc) {
      std::optional<bc::AddressMap::Location> loc = map.locate(bco.code.data() + pc);
      REQUIRE(loc.has_value());
      CHECK(loc->module == &loaded);
      CHECK(loc->bco == i);
      CHECK(loc->offset == pc);
      absl::StatusOr<bc::AddressMap::Procedure> p = map.describe(bco.code.data() + pc);
      REQUIRE(p.ok());
      CHECK(p->name == bco.name);
      CHECK(p->arity == bco.arity);
      CHECK(p->args == want.params);
      CHECK(p->at == want.spanAt(pc));
      CHECK(p->live.size() == want.liveAt(pc).size());
    }
  }
  CHECK(map.debugRecordsRead() == loaded.bcos.size());  // each record read once
  // The in-memory module answers from its own tables.
  const bc::Bco& o = other.bcos[0];
  absl::StatusOr<bc::AddressMap::Procedure> p = map.describe(o.code.data());
  REQUIRE(p.ok());
  CHECK(p->name == o.name);
  // Addresses outside every BCO are nowhere.
  uint32_t stray = 0;
  CHECK_FALSE(map.locate(&stray).has_value());
  CHECK_FALSE(map.describe(&stray).ok());
}
