#include "core/core_lint.h"

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"

namespace core {
namespace {

class Linter {
 public:
  std::vector<std::string> problems;

  void bindAll(const std::vector<const CoreVar*>& vs) {
    for (const CoreVar* v : vs) ++scope_[v];
  }

  // A constructor application's last argument is walked in a loop, not by
  // recursion: a long list literal is a chain of (:) as deep as it is long.
  void expr(const CoreExpr& first) {
    for (const CoreExpr* next = &first; next != nullptr;) {
      const CoreExpr& e = *next;
      next = nullptr;
      if (e.kind == CoreExpr::Kind::ConApp && e.con != nullptr && !e.args.empty()) {
        if (e.args.size() != e.con->arity)
          problem(absl::StrCat("constructor ", e.con->name, " has arity ", e.con->arity,
                               " but is applied to ", e.args.size(), " arguments"));
        for (size_t i = 0; i + 1 < e.args.size(); ++i) expr(*e.args[i]);
        next = e.args.back();
        continue;
      }
      step(e);
    }
  }

  void step(const CoreExpr& e) {
    using K = CoreExpr::Kind;
    switch (e.kind) {
      case K::Var:
        if (e.var == nullptr) return problem("a variable occurrence without a variable");
        if (!scope_.contains(e.var) || scope_[e.var] == 0)
          problem(absl::StrCat("variable ", e.var->display(), " is not in scope"));
        return;
      case K::Lit:
        return;
      case K::App:
        if (e.body == nullptr) return problem("an application without a function");
        if (e.args.empty()) problem("an application to no arguments");
        expr(*e.body);
        for (const CoreExpr* a : e.args) expr(*a);
        return;
      case K::ConApp:
        if (e.con == nullptr) return problem("a constructor application without a constructor");
        if (e.args.size() != e.con->arity)
          problem(absl::StrCat("constructor ", e.con->name, " has arity ", e.con->arity,
                               " but is applied to ", e.args.size(), " arguments"));
        for (const CoreExpr* a : e.args) expr(*a);
        return;
      case K::PrimOp:
        if (e.args.size() != e.primArity)
          problem(absl::StrCat("primitive ", e.prim, " has arity ", e.primArity,
                               " but is applied to ", e.args.size(), " arguments"));
        for (const CoreExpr* a : e.args) expr(*a);
        return;
      case K::Lam:
        if (e.params.empty()) problem("a lambda without parameters");
        distinct(e.params, "lambda");
        for (const CoreVar* v : e.params) ++scope_[v];
        expr(*e.body);
        for (const CoreVar* v : e.params) --scope_[v];
        return;
      case K::Let:
        if (e.binds.size() != 1) problem("a non-recursive let must bind exactly one variable");
        for (const CoreBind& b : e.binds) expr(*b.rhs);  // not in scope in its own rhs
        for (const CoreBind& b : e.binds) ++scope_[b.var];
        expr(*e.body);
        for (const CoreBind& b : e.binds) --scope_[b.var];
        return;
      case K::LetRec: {
        if (e.binds.empty()) problem("an empty letrec");
        std::vector<CoreVar*> vs;
        for (const CoreBind& b : e.binds) vs.push_back(b.var);
        distinct(vs, "letrec");
        for (CoreVar* v : vs) ++scope_[v];
        for (const CoreBind& b : e.binds) expr(*b.rhs);
        expr(*e.body);
        for (CoreVar* v : vs) --scope_[v];
        return;
      }
      case K::Case:
        caseExpr(e);
        return;
      case K::Tick:
        if (e.tick->kind == Tick::Kind::Breakpoint) {
          if (e.tick->module.empty()) problem("a breakpoint tick without a module");
          for (const CoreVar* v : e.tick->freeVars)
            if (!scope_.contains(v) || scope_[v] == 0)
              problem(absl::StrCat("breakpoint <", e.tick->module, ",", e.tick->index,
                                   "> captures ", v->display(), ", which is not in scope"));
        } else if (e.tick->costCentre.empty()) {
          problem("a cost-centre tick without a cost centre");
        }
        expr(*e.body);
        return;
    }
  }

 private:
  void problem(std::string p) { problems.push_back(std::move(p)); }

  void distinct(const std::vector<CoreVar*>& vs, const char* where) {
    absl::flat_hash_set<const CoreVar*> seen;
    for (const CoreVar* v : vs)
      if (!seen.insert(v).second) problem(absl::StrCat(where, " binds ", v->display(), " twice"));
  }

  void caseExpr(const CoreExpr& e) {
    expr(*e.body);
    if (e.alts.empty()) problem("a case without alternatives");
    bool sawCon = false, sawLit = false;
    absl::flat_hash_set<const DataCon*> cons;
    absl::flat_hash_set<std::string> lits;
    for (size_t i = 0; i < e.alts.size(); ++i) {
      const CoreAlt& a = e.alts[i];
      switch (a.kind) {
        case CoreAlt::Kind::Default:
          if (i + 1 != e.alts.size()) problem("a default alternative that is not the last");
          break;
        case CoreAlt::Kind::Con:
          sawCon = true;
          if (a.con == nullptr) { problem("a constructor alternative without a constructor"); break; }
          if (a.binders.size() != a.con->arity)
            problem(absl::StrCat("pattern ", a.con->name, " binds ", a.binders.size(),
                                 " variables but the constructor has arity ", a.con->arity));
          if (!cons.insert(a.con).second) problem(absl::StrCat("two alternatives for ", a.con->name));
          break;
        case CoreAlt::Kind::Lit:
          sawLit = true;
          if (!lits.insert(a.lit.text).second) problem(absl::StrCat("two alternatives for ", a.lit.text));
          break;
      }
    }
    if (sawCon && sawLit) problem("a case mixes constructor and literal alternatives");
    if (e.var) ++scope_[e.var];
    for (const CoreAlt& a : e.alts) {
      distinct(a.binders, "an alternative");
      for (const CoreVar* v : a.binders) ++scope_[v];
      if (a.rhs == nullptr) problem("an alternative without a right-hand side");
      else expr(*a.rhs);
      for (const CoreVar* v : a.binders) --scope_[v];
    }
    if (e.var) --scope_[e.var];
  }

  absl::flat_hash_map<const CoreVar*, int> scope_;
};

}  // namespace

std::vector<std::string> lintCoreModule(const CoreModule& m,
                                        const std::vector<const CoreVar*>& imported) {
  Linter l;
  l.bindAll(imported);
  std::vector<const CoreVar*> globals;
  for (const CoreModule::Group& g : m.groups)
    for (const CoreBind& b : g.binds) globals.push_back(b.var);
  l.bindAll(globals);  // top-level bindings scope over the whole module
  for (const CoreModule::Group& g : m.groups)
    for (const CoreBind& b : g.binds) {
      if (!b.var->isGlobal())
        l.problems.push_back(absl::StrCat("top-level binder ", b.var->display(), " has no module"));
      l.expr(*b.rhs);
    }
  return std::move(l.problems);
}

std::vector<std::string> lintCoreExpr(const CoreExpr& e, const std::vector<const CoreVar*>& inScope) {
  Linter l;
  l.bindAll(inScope);
  l.expr(e);
  return std::move(l.problems);
}

}  // namespace core
