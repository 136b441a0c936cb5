// Core to STG: atoms as arguments, closures with their free variables,
// strict primitives behind cases, IO primitives as functions of the world.
#include <catch2/catch.hpp>

#include "bytecode/stg.h"
#include "tests/unit/bytecode/core_builder.h"

using bc::StgExpr;
using bc::StgRhs;

namespace {
const StgRhs* onlyTop(const bc::StgModule& m, size_t i = 0) {
  REQUIRE(m.bindings.size() > i);
  return m.bindings[i].rhs;
}
}  // namespace

TEST_CASE("a non-atomic argument is bound to a thunk capturing its free variables", "[stg]") {
  lztest::CoreBuilder b;
  core::CoreVar* f = b.global("f");
  core::CoreVar* g = b.global("g");
  core::CoreVar* x = b.local("x");
  // f = \x -> g (primIntAdd x 1)
  b.top(f, b.lam({x}, b.app(b.var(g), {b.prim("primIntAdd", {b.var(x), b.intLit(1)})})));
  bc::StgArena arena;
  bc::StgModule m = bc::coreToStg(b.m, arena);
  const StgRhs* r = onlyTop(m);
  REQUIRE(r->kind == StgRhs::Kind::Fun);
  CHECK(r->free.empty());  // globals are never free
  const StgExpr* body = r->body;
  REQUIRE(body->kind == StgExpr::Kind::Let);
  const StgRhs* thunk = body->binds[0].rhs;
  CHECK(thunk->kind == StgRhs::Kind::Thunk);
  REQUIRE(thunk->free.size() == 1);
  CHECK(thunk->free[0] == x);
  REQUIRE(body->body->kind == StgExpr::Kind::App);
  CHECK(body->body->args[0].var == body->binds[0].var);
}

TEST_CASE("a strict primitive's arguments are evaluated by cases first", "[stg]") {
  lztest::CoreBuilder b;
  core::CoreVar* f = b.global("f");
  core::CoreVar* x = b.local("x");
  core::CoreVar* y = b.local("y");
  b.top(f, b.lam({x, y}, b.prim("primIntMul", {b.var(x), b.var(y)})));
  bc::StgArena arena;
  bc::StgModule m = bc::coreToStg(b.m, arena);
  const StgExpr* e = onlyTop(m)->body;
  REQUIRE(e->kind == StgExpr::Kind::Case);
  REQUIRE(e->body->kind == StgExpr::Kind::Atom);
  CHECK(e->body->atom.var == x);
  const StgExpr* inner = e->alts[0].body;
  REQUIRE(inner->kind == StgExpr::Kind::Case);
  const StgExpr* prim = inner->alts[0].body;
  REQUIRE(prim->kind == StgExpr::Kind::Prim);
  CHECK(prim->args[0].var == e->binder);
  CHECK(prim->args[1].var == inner->binder);
}

TEST_CASE("an IO primitive becomes a function of the world", "[stg]") {
  lztest::CoreBuilder b;
  core::CoreVar* main = b.global("main");
  b.top(main, b.prim("primPutStr", {b.intLit(1), b.strLit("hi\n")}));
  bc::StgArena arena;
  bc::StgModule m = bc::coreToStg(b.m, arena);
  const StgRhs* caf = onlyTop(m);
  CHECK(caf->kind == StgRhs::Kind::Thunk);
  const StgExpr* e = caf->body;
  REQUIRE(e->kind == StgExpr::Kind::Let);
  const StgRhs* io = e->binds[0].rhs;
  REQUIRE(io->kind == StgRhs::Kind::Fun);
  CHECK(io->params.size() == 1);
  std::string text = bc::printStgModule(m);
  CHECK(text.find("io# primPutStr") != std::string::npos);
}

TEST_CASE("a letrec's closures see each other; seq becomes a case", "[stg]") {
  lztest::CoreBuilder b;
  core::CoreVar* t = b.global("t");
  core::CoreVar* xs = b.local("xs");
  // t = letrec xs = 1 : xs in primSeq xs xs
  b.top(t, b.let(xs, b.con(b.cons, {b.intLit(1), b.var(xs)}), b.prim("primSeq", {b.var(xs), b.var(xs)}), true));
  bc::StgArena arena;
  bc::StgModule m = bc::coreToStg(b.m, arena);
  const StgExpr* e = onlyTop(m)->body;
  REQUIRE(e->kind == StgExpr::Kind::LetRec);
  CHECK(e->binds[0].rhs->kind == StgRhs::Kind::Con);
  CHECK(e->body->kind == StgExpr::Kind::Case);
}
