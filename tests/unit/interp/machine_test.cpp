// The machine on hand-built programs: tail calls, deep evaluation on the
// explicit stack, partial and over-saturated applications, thunk update,
// <<loop>>, exceptions that stay with their thunk, stack overflow.
#include <catch2/catch.hpp>

#include "bytecode/bco.h"
#include "interp/linker.h"
#include "interp/machine.h"
#include "tests/unit/bytecode/core_builder.h"

namespace {

struct Program {
  lztest::CoreBuilder b;
  bc::StgArena stgArena;
  bc::BcoModule bytecode;
  interp::Runtime rt;
  interp::Linker linker{rt};

  void link() {
    bytecode = bc::generateBytecode(bc::coreToStg(b.m, stgArena));
    REQUIRE(linker.link({&bytecode}).ok());
  }
  interp::Obj* global(const std::string& name) {
    interp::Obj* o = linker.global("T." + name);
    REQUIRE(o != nullptr);
    return o;
  }
};

int64_t intOf(interp::Obj* o) {
  REQUIRE(o != nullptr);
  REQUIRE(interp::typeOf(o) == interp::Type::Int);
  return interp::intValue(o);
}

interp::ExcKind kindOf(interp::Obj* exc) {
  REQUIRE(exc != nullptr);
  return static_cast<interp::ExcKind>(exc->payload[0]);
}

// sumTo n acc = if primIntEq n 0 then acc else sumTo (primIntSub n 1) (primIntAdd acc n)
void defineSumTo(Program& p) {
  lztest::CoreBuilder& b = p.b;
  core::CoreVar* f = b.global("sumTo");
  core::CoreVar* n = b.local("n");
  core::CoreVar* acc = b.local("acc");
  b.top(f,
        b.lam({n, acc}, b.ifThen(b.prim("primIntEq", {b.var(n), b.intLit(0)}), b.var(acc),
                                 b.app(b.var(f), {b.prim("primIntSub", {b.var(n), b.intLit(1)}),
                                                  b.prim("primIntAdd", {b.var(acc), b.var(n)})}))),
        true);
}

}  // namespace

TEST_CASE("tail calls run in constant stack; a lazy accumulator is forced deep", "[machine]") {
  Program p;
  defineSumTo(p);
  p.link();
  interp::Machine m(p.rt, {});
  // 200,000 tail calls build a 200,000-deep chain of (+) thunks, forced at the end.
  interp::Obj* r = m.call(p.global("sumTo"), {p.rt.mkInt(200000), p.rt.mkInt(0)});
  CHECK(intOf(r) == 20000100000);
}

TEST_CASE("partial applications and over-saturated calls", "[machine]") {
  Program p;
  lztest::CoreBuilder& b = p.b;
  core::CoreVar* add3 = b.global("add3");
  core::CoreVar* x = b.local("x");
  core::CoreVar* y = b.local("y");
  core::CoreVar* z = b.local("z");
  b.top(add3, b.lam({x, y, z}, b.prim("primIntAdd", {b.var(x), b.prim("primIntMul", {b.var(y), b.var(z)})})));
  // twice = \f -> \a -> f (f a)   (arity 2, called with 1 then 1)
  core::CoreVar* pap = b.global("pap");
  core::CoreVar* q = b.local("q");
  b.top(pap, b.let(q, b.app(b.var(add3), {b.intLit(1)}), b.app(b.var(q), {b.intLit(2), b.intLit(3)})));
  p.link();
  interp::Machine m(p.rt, {});
  CHECK(intOf(m.evaluate(p.global("pap"))) == 7);
  // A PAP applied from C++, in two steps.
  interp::Obj* f1 = m.call(p.global("add3"), {p.rt.mkInt(10)});
  REQUIRE(f1 != nullptr);
  CHECK(interp::typeOf(f1) == interp::Type::Pap);
  interp::Obj* f2 = m.call(f1, {p.rt.mkInt(2)});
  CHECK(intOf(m.call(f2, {p.rt.mkInt(5)})) == 20);
}

TEST_CASE("a thunk that needs itself raises <<loop>>", "[machine]") {
  Program p;
  core::CoreVar* x = p.b.global("x");
  p.b.top(x, p.b.prim("primIntAdd", {p.b.var(x), p.b.intLit(1)}), true);
  p.link();
  interp::Machine m(p.rt, {});
  CHECK(m.evaluate(p.global("x")) == nullptr);
  CHECK(kindOf(m.exception()) == interp::ExcKind::Loop);
}

TEST_CASE("a thunk whose evaluation raised raises the same exception again", "[machine]") {
  Program p;
  core::CoreVar* bad = p.b.global("bad");
  p.b.top(bad, p.b.prim("primErrorWithoutStackTrace", {p.b.strLit("boom")}));
  p.link();
  interp::Machine m(p.rt, {});
  CHECK(m.evaluate(p.global("bad")) == nullptr);
  interp::Obj* first = m.exception();
  CHECK(kindOf(first) == interp::ExcKind::ErrorNoTrace);
  CHECK(interp::typeOf(p.global("bad")) == interp::Type::Raised);
  CHECK(m.evaluate(p.global("bad")) == nullptr);
  CHECK(m.exception() == first);
  int code = 0;
  CHECK(m.describe(first, &code) == "boom");
  CHECK(code == 1);
}

TEST_CASE("deep non-tail recursion beyond the stack limit is a stack overflow, not a crash", "[machine]") {
  Program p;
  lztest::CoreBuilder& b = p.b;
  // deep n = if primIntEq n 0 then 0 else primIntAdd 1 (deep (primIntSub n 1))
  core::CoreVar* deep = b.global("deep");
  core::CoreVar* n = b.local("n");
  b.top(deep,
        b.lam({n}, b.ifThen(b.prim("primIntEq", {b.var(n), b.intLit(0)}), b.intLit(0),
                            b.prim("primIntAdd", {b.intLit(1), b.app(b.var(deep), {b.prim("primIntSub", {b.var(n), b.intLit(1)})})}))),
        true);
  p.link();
  interp::MachineOptions small;
  small.maxStackBytes = 1 << 20;
  interp::Machine m(p.rt, small);
  CHECK(intOf(m.call(p.global("deep"), {p.rt.mkInt(1000)})) == 1000);
  CHECK(m.call(p.global("deep"), {p.rt.mkInt(10000000)}) == nullptr);
  CHECK(kindOf(m.exception()) == interp::ExcKind::StackOverflow);
  // The machine is usable afterwards.
  CHECK(intOf(m.call(p.global("deep"), {p.rt.mkInt(10)})) == 10);
}

TEST_CASE("string literals unpack lazily and force to UTF-8", "[machine]") {
  Program p;
  core::CoreVar* s = p.b.global("s");
  p.b.top(s, p.b.strLit("h\xc3\xa9llo \xce\xbb"));
  p.link();
  interp::Machine m(p.rt, {});
  std::string out;
  REQUIRE(m.forceString(p.global("s"), &out));
  CHECK(out == "h\xc3\xa9llo \xce\xbb");
}
