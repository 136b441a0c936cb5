// Builds small Core modules by hand for the tests of the stages after the
// desugarer (no front end involved).
#pragma once

#include <string>
#include <vector>

#include "core/core_syntax.h"

namespace lztest {

struct CoreBuilder {
  core::CoreArena A;
  core::CoreModule m;
  const core::DataCon* nil;
  const core::DataCon* cons;
  const core::DataCon* just;
  const core::DataCon* falseCon;
  const core::DataCon* trueCon;

  explicit CoreBuilder(const std::string& name = "T") {
    m.name = name;
    nil = A.con(core::DataCon{"Lazuli.Prim", "[]", 0, 0, {}});
    cons = A.con(core::DataCon{"Lazuli.Prim", ":", 1, 2, {}});
    just = A.con(core::DataCon{name, "Just", 1, 1, {}});
    falseCon = A.con(core::DataCon{"Lazuli.Prim", "False", 0, 0, {}});
    trueCon = A.con(core::DataCon{"Lazuli.Prim", "True", 1, 0, {}});
  }
  // if c then t else f
  core::CoreExpr* ifThen(core::CoreExpr* c, core::CoreExpr* t, core::CoreExpr* f) {
    core::CoreExpr* e = A.expr(core::CoreExpr::Kind::Case);
    e->body = c;
    core::CoreAlt no;
    no.kind = core::CoreAlt::Kind::Con;
    no.con = falseCon;
    no.rhs = f;
    core::CoreAlt yes;
    yes.kind = core::CoreAlt::Kind::Con;
    yes.con = trueCon;
    yes.rhs = t;
    e->alts = {no, yes};
    return e;
  }
  core::CoreVar* local(const std::string& n) { return A.var(n); }
  core::CoreVar* global(const std::string& n) { return A.var(n, m.name); }
  core::CoreExpr* var(core::CoreVar* v) {
    core::CoreExpr* e = A.expr(core::CoreExpr::Kind::Var);
    e->var = v;
    return e;
  }
  core::CoreExpr* intLit(long v) {
    core::CoreExpr* e = A.expr(core::CoreExpr::Kind::Lit);
    e->lit.kind = core::Literal::Kind::Int;
    e->lit.text = std::to_string(v);
    e->litType = core::LitType::Int;
    return e;
  }
  core::CoreExpr* strLit(const std::string& s) {
    core::CoreExpr* e = A.expr(core::CoreExpr::Kind::Lit);
    e->lit.kind = core::Literal::Kind::String;
    e->lit.str = s;
    e->litType = core::LitType::String;
    return e;
  }
  core::CoreExpr* app(core::CoreExpr* f, std::vector<core::CoreExpr*> args) {
    core::CoreExpr* e = A.expr(core::CoreExpr::Kind::App);
    e->body = f;
    e->args = std::move(args);
    return e;
  }
  core::CoreExpr* lam(std::vector<core::CoreVar*> ps, core::CoreExpr* body) {
    core::CoreExpr* e = A.expr(core::CoreExpr::Kind::Lam);
    e->params = std::move(ps);
    e->body = body;
    return e;
  }
  core::CoreExpr* prim(const std::string& p, std::vector<core::CoreExpr*> args) {
    core::CoreExpr* e = A.expr(core::CoreExpr::Kind::PrimOp);
    e->prim = p;
    e->primArity = static_cast<uint32_t>(args.size());
    e->args = std::move(args);
    return e;
  }
  core::CoreExpr* con(const core::DataCon* c, std::vector<core::CoreExpr*> args) {
    core::CoreExpr* e = A.expr(core::CoreExpr::Kind::ConApp);
    e->con = c;
    e->args = std::move(args);
    return e;
  }
  core::CoreExpr* let(core::CoreVar* v, core::CoreExpr* rhs, core::CoreExpr* body, bool rec = false) {
    core::CoreExpr* e = A.expr(rec ? core::CoreExpr::Kind::LetRec : core::CoreExpr::Kind::Let);
    e->binds.push_back(core::CoreBind{v, rhs});
    e->body = body;
    return e;
  }
  // case scrut of { [] -> onNil; x : xs -> onCons }
  core::CoreExpr* caseList(core::CoreExpr* scrut, core::CoreExpr* onNil, core::CoreVar* x, core::CoreVar* xs,
                           core::CoreExpr* onCons) {
    core::CoreExpr* e = A.expr(core::CoreExpr::Kind::Case);
    e->body = scrut;
    core::CoreAlt a;
    a.kind = core::CoreAlt::Kind::Con;
    a.con = nil;
    a.rhs = onNil;
    core::CoreAlt b;
    b.kind = core::CoreAlt::Kind::Con;
    b.con = cons;
    b.binders = {x, xs};
    b.rhs = onCons;
    e->alts = {a, b};
    return e;
  }
  void top(core::CoreVar* v, core::CoreExpr* rhs, bool rec = false) {
    core::CoreModule::Group g;
    g.recursive = rec;
    g.binds.push_back(core::CoreBind{v, rhs});
    m.groups.push_back(std::move(g));
  }
};

}  // namespace lztest
