#include <catch2/catch.hpp>

#include "core/core_lint.h"
#include "core/core_syntax.h"

namespace {

core::Literal intLit(const char* text) {
  core::Literal l;
  l.kind = core::Literal::Kind::Int;
  l.text = text;
  return l;
}

struct Fact {
  core::CoreArena A;
  core::CoreModule m;
  core::CoreVar* fact;
  core::CoreVar* n;
  core::CoreExpr* body;
  Fact() {
    // fact = \n -> break<Main,0>[n] case n of { 0 -> 1; _ -> primIntMul# n (fact (primIntSub# n 1)) }
    m.name = "Main";
    fact = A.var("fact", "Main");
    n = A.var("n");
    auto var = [&](core::CoreVar* v) {
      core::CoreExpr* e = A.expr(core::CoreExpr::Kind::Var);
      e->var = v;
      return e;
    };
    auto lit = [&](const char* t) {
      core::CoreExpr* e = A.expr(core::CoreExpr::Kind::Lit);
      e->lit = intLit(t);
      return e;
    };
    auto prim = [&](const char* p, core::CoreExpr* a, core::CoreExpr* b) {
      core::CoreExpr* e = A.expr(core::CoreExpr::Kind::PrimOp);
      e->prim = p;
      e->primArity = 2;
      e->args = {a, b};
      return e;
    };
    core::CoreExpr* rec = A.expr(core::CoreExpr::Kind::App);
    rec->body = var(fact);
    rec->args = {prim("primIntSub", var(n), lit("1"))};
    core::CoreExpr* cs = A.expr(core::CoreExpr::Kind::Case);
    cs->body = var(n);
    core::CoreAlt zero;
    zero.kind = core::CoreAlt::Kind::Lit;
    zero.lit = intLit("0");
    zero.rhs = lit("1");
    core::CoreAlt other;
    other.rhs = prim("primIntMul", var(n), rec);
    cs->alts = {zero, other};
    core::CoreExpr* tick = A.expr(core::CoreExpr::Kind::Tick);
    tick->tick = A.tick(core::Tick::Kind::Breakpoint);
    tick->tick->module = "Main";
    tick->tick->index = 0;
    tick->tick->freeVars = {n};
    tick->body = cs;
    body = tick;
    core::CoreExpr* lam = A.expr(core::CoreExpr::Kind::Lam);
    lam->params = {n};
    lam->body = tick;
    m.groups.push_back(core::CoreModule::Group{true, {core::CoreBind{fact, lam}}});
  }
};

}  // namespace

TEST_CASE("Core prints readably, ticks included", "[core][coresyn]") {
  Fact f;
  CHECK(core::printCoreModule(f.m) ==
        "module Main\n"
        "\n"
        "rec {\n"
        "Main.fact =\n"
        "  \\n_1 ->\n"
        "    break<Main,0>[n_1] (case n_1 of {\n"
        "       0# ->\n"
        "         1#;\n"
        "       _ ->\n"
        "         primIntMul# n_1 (Main.fact (primIntSub# n_1 1#))\n"
        "     })\n"
        "}\n");
}

TEST_CASE("Core lint accepts well-formed Core", "[core][coresyn]") {
  Fact f;
  CHECK(core::lintCoreModule(f.m).empty());
}

TEST_CASE("Core lint reports scoping, arity and case problems", "[core][coresyn]") {
  Fact f;
  // A captured variable out of scope, a bad primitive arity.
  core::CoreVar* stray = f.A.var("stray");
  f.body->tick->freeVars.push_back(stray);
  f.body->body->alts[1].rhs->args.pop_back();
  std::vector<std::string> p = core::lintCoreModule(f.m);
  REQUIRE(p.size() == 2);
  CHECK(p[0] == "breakpoint <Main,0> captures stray_3, which is not in scope");
  CHECK(p[1] == "primitive primIntMul has arity 2 but is applied to 1 arguments");

  core::CoreArena A;
  core::DataCon just{"Prelude", "Just", 1, 1, {}};
  core::CoreExpr* scrut = A.expr(core::CoreExpr::Kind::ConApp);
  scrut->con = &just;  // applied to nothing: unsaturated
  core::CoreExpr* cs = A.expr(core::CoreExpr::Kind::Case);
  cs->body = scrut;
  core::CoreAlt d1, d2, c;
  d1.rhs = A.expr(core::CoreExpr::Kind::Lit);
  d2.rhs = d1.rhs;
  c.kind = core::CoreAlt::Kind::Con;
  c.con = &just;
  c.rhs = d1.rhs;  // binds nothing: wrong arity
  cs->alts = {d1, c, d2};
  std::vector<std::string> q = core::lintCoreExpr(*cs);
  CHECK(q == std::vector<std::string>{
                 "constructor Just has arity 1 but is applied to 0 arguments",
                 "a default alternative that is not the last",
                 "pattern Just binds 0 variables but the constructor has arity 1"});
}
