#include "core/simplify.h"

#include "absl/container/flat_hash_map.h"
#include "core/core_vars.h"

namespace core {

// Note [The simplifier]
// ~~~~~~~~~~~~~~~~~~~~~
// With -O, each module's Core is rewritten before STG, bindings in
// dependency order, until nothing changes (at most kPasses passes):
//  - inlining: a call `f a1 .. an` of a global with an unfolding (a lambda
//    of at most n parameters whose body is small, Note [Unfolding size]) is
//    replaced by a fresh copy of the lambda applied to the arguments. The
//    unfoldings of the module's own bindings are taken as they are
//    simplified; other modules' come from their interfaces (Note
//    [Interface unfoldings] in core/desugar_iface.cpp);
//  - beta reduction: `(\x1 .. xk -> e) a1 .. an` binds each xi to ai: a
//    variable argument is substituted, any other is let-bound (so it is
//    still evaluated at most once, and only if needed);
//  - case of a known constructor or literal: `case K a1 .. an of K x1 .. xn
//    -> e` is e with the xi bound to the ai, and the case binder to the
//    scrutinee;
//  - dead lets: a let the rewriting made whose variable is not used goes.
// Every tick in inlined code is kept: the copy's breakpoint ticks still
// name the module that defines their sites (so a breakpoint set there fires
// in the importer's code), and its cost-centre ticks still push the
// callee's centre. A tick's captured variables follow substitution. No
// rewrite moves code into or out of a lambda, so laziness and sharing are
// the program's own. Inlining nests at most kMaxInlineDepth copies deep,
// which bounds the work for chains of small functions.

namespace {

constexpr int kPasses = 3;
constexpr int kMaxInlineDepth = 6;

// Note [Unfolding size]: nodes of the body, ticks free, at most kUnfoldingSize.
constexpr int kUnfoldingSize = 30;

bool smallEnough(const CoreExpr* e, int& budget) {
  if (e->kind != CoreExpr::Kind::Tick && --budget < 0) return false;
  if (e->body && !smallEnough(e->body, budget)) return false;
  for (const CoreExpr* a : e->args)
    if (!smallEnough(a, budget)) return false;
  for (const CoreBind& b : e->binds)
    if (!smallEnough(b.rhs, budget)) return false;
  for (const CoreAlt& a : e->alts)
    if (!smallEnough(a.rhs, budget)) return false;
  return true;
}

using Renaming = absl::flat_hash_map<const CoreVar*, CoreVar*>;

CoreExpr* copy(const CoreExpr* e, CoreArena& A, Renaming& ren) {
  CoreExpr* c = A.expr(e->kind);
  *c = *e;
  auto bind = [&](CoreVar*& v) {
    if (!v) return;
    CoreVar* w = A.var(v->name);
    w->typeText = v->typeText;
    ren[v] = w;
    v = w;
  };
  auto use = [&](CoreVar*& v) {
    if (auto it = ren.find(v); v && it != ren.end()) v = it->second;
  };
  switch (c->kind) {
    case CoreExpr::Kind::Var: use(c->var); break;
    case CoreExpr::Kind::Lam: for (CoreVar*& p : c->params) bind(p); break;
    case CoreExpr::Kind::LetRec: for (CoreBind& b : c->binds) bind(b.var); break;
    case CoreExpr::Kind::Tick: {
      Tick* t = A.tick(e->tick->kind);
      *t = *e->tick;
      for (CoreVar*& v : t->freeVars) use(v);
      c->tick = t;
      break;
    }
    default: break;
  }
  if (c->kind == CoreExpr::Kind::Case) {
    c->body = copy(e->body, A, ren);  // the scrutinee is outside the binder's scope
    bind(c->var);
  } else if (c->body && c->kind != CoreExpr::Kind::Let) {
    c->body = copy(e->body, A, ren);
  }
  for (CoreExpr*& a : c->args) a = copy(a, A, ren);
  for (CoreBind& b : c->binds) b.rhs = copy(b.rhs, A, ren);
  if (c->kind == CoreExpr::Kind::Let) {  // a let's variable scopes over the body only
    for (CoreBind& b : c->binds) bind(b.var);
    c->body = copy(e->body, A, ren);
  }
  for (CoreAlt& a : c->alts) {
    for (CoreVar*& b : a.binders) bind(b);
    a.rhs = copy(a.rhs, A, ren);
  }
  return c;
}

bool sameCon(const DataCon* a, const DataCon* b) {
  return a == b || (a && b && a->module == b->module && a->name == b->name);
}

bool atomic(const CoreExpr* e) { return e->kind == CoreExpr::Kind::Var; }

class Simplifier {
 public:
  Simplifier(CoreArena& A, const UnfoldingLookup& own, const UnfoldingLookup& imported, SimplifyStats& stats)
      : A(A), own_(own), imported_(imported), stats_(stats) {}

  CoreExpr* expr(CoreExpr* e, int depth) {
    using K = CoreExpr::Kind;
    switch (e->kind) {
      case K::Var: case K::Lit: return e;
      case K::App: return app(e, depth);
      case K::Lam: e->body = expr(e->body, depth); return e;
      case K::Let: case K::LetRec:
        for (CoreBind& b : e->binds) b.rhs = expr(b.rhs, depth);
        e->body = expr(e->body, depth);
        return e;
      case K::Case: return caseOf(e, depth);
      case K::ConApp: case K::PrimOp:
        for (CoreExpr*& a : e->args) a = expr(a, depth);
        return e;
      case K::Tick: e->body = expr(e->body, depth); return e;
    }
    return e;
  }

 private:
  const CoreExpr* unfolding(const CoreVar* v) {
    if (const CoreExpr* u = own_(v)) return u;
    return imported_ ? imported_(v) : nullptr;
  }

  CoreExpr* app(CoreExpr* e, int depth) {
    e->body = expr(e->body, depth);
    for (CoreExpr*& a : e->args) a = expr(a, depth);
    if (e->body->kind == CoreExpr::Kind::App) {  // (f a) b = f a b
      CoreExpr* inner = e->body;
      std::vector<CoreExpr*> args = inner->args;
      args.insert(args.end(), e->args.begin(), e->args.end());
      e->body = inner->body;
      e->args = std::move(args);
    }
    if (e->body->kind == CoreExpr::Kind::Var && depth < kMaxInlineDepth) {
      const CoreExpr* u = unfolding(e->body->var);
      if (u && u->kind == CoreExpr::Kind::Lam && u->params.size() <= e->args.size()) {
        Renaming ren;
        e->body = copy(u, A, ren);
        ++stats_.inlined;
        return beta(e, depth + 1);
      }
    }
    if (e->body->kind == CoreExpr::Kind::Lam && e->body->params.size() <= e->args.size()) {
      // The lambda may be shared with other parts of the program: it is
      // copied before its body is rewritten for these arguments.
      Renaming ren;
      e->body = copy(e->body, A, ren);
      return beta(e, depth);
    }
    return e;
  }

  // `(\x1 .. xk -> b) a1 .. an`, k <= n, the lambda a fresh copy.
  CoreExpr* beta(CoreExpr* e, int depth) {
    CoreExpr* lam = e->body;
    ++stats_.betas;
    Renaming subst;
    std::vector<CoreBind> lets;
    for (size_t i = 0; i < lam->params.size(); ++i) {
      if (atomic(e->args[i])) subst[lam->params[i]] = e->args[i]->var;
      else lets.push_back(CoreBind{lam->params[i], e->args[i]});
    }
    if (!subst.empty()) substitute(lam->body, subst);
    CoreExpr* body = bindLets(std::move(lets), expr(lam->body, depth));
    if (e->args.size() == lam->params.size()) return body;
    CoreExpr* rest = A.expr(CoreExpr::Kind::App);
    rest->span = e->span;
    rest->body = body;
    rest->args.assign(e->args.begin() + static_cast<long>(lam->params.size()), e->args.end());
    return app(rest, depth);
  }

  CoreExpr* caseOf(CoreExpr* e, int depth) {
    e->body = expr(e->body, depth);
    for (CoreAlt& a : e->alts) a.rhs = expr(a.rhs, depth);
    const CoreExpr* s = e->body;
    const CoreAlt* hit = nullptr;
    for (const CoreAlt& a : e->alts) {
      if (a.kind == CoreAlt::Kind::Default) {
        if (!hit && (s->kind == CoreExpr::Kind::ConApp || knownLiteral(s))) hit = &a;
        break;
      }
      if (a.kind == CoreAlt::Kind::Con && s->kind == CoreExpr::Kind::ConApp && sameCon(a.con, s->con) &&
          a.binders.size() == s->args.size()) {
        hit = &a;
        break;
      }
      if (a.kind == CoreAlt::Kind::Lit && knownLiteral(s) && a.litType == s->litType && a.lit.text == s->lit.text &&
          a.lit.ch == s->lit.ch) {
        hit = &a;
        break;
      }
    }
    if (hit == nullptr) return e;
    ++stats_.knownCases;
    // The alternative is copied with its binders renamed to the arguments
    // (or to fresh let-bound variables), since it may be shared.
    Renaming ren;
    std::vector<CoreBind> lets;
    auto bindTo = [&](CoreVar* binder, CoreExpr* value) {
      if (atomic(value)) {
        ren[binder] = value->var;
        return;
      }
      CoreVar* w = A.var(binder->name);
      w->typeText = binder->typeText;
      ren[binder] = w;
      lets.push_back(CoreBind{w, value});
    };
    if (e->var) bindTo(e->var, e->body);
    if (hit->kind == CoreAlt::Kind::Con)
      for (size_t i = 0; i < hit->binders.size(); ++i) bindTo(hit->binders[i], s->args[i]);
    return bindLets(std::move(lets), copy(hit->rhs, A, ren));
  }

  // Int, Integer and Char literals compare by value as the desugarer writes
  // them (decimal text, code point); others are left alone.
  static bool knownLiteral(const CoreExpr* e) {
    return e->kind == CoreExpr::Kind::Lit &&
           (e->litType == LitType::Int || e->litType == LitType::Integer || e->litType == LitType::Char);
  }

  // let b1 in let b2 in ... body, leaving out bindings the body (and the
  // later bindings) do not use.
  CoreExpr* bindLets(std::vector<CoreBind> lets, CoreExpr* body) {
    for (auto it = lets.rbegin(); it != lets.rend(); ++it) {
      std::vector<const CoreVar*> used = occurringVars(*body);
      if (std::find(used.begin(), used.end(), it->var) == used.end()) {
        ++stats_.deadLets;
        continue;
      }
      CoreExpr* let = A.expr(CoreExpr::Kind::Let);
      let->span = body->span;
      let->binds = {*it};
      let->body = body;
      body = let;
    }
    return body;
  }

  // Replaces variables in place (binders are unique, so nothing is captured).
  void substitute(CoreExpr* e, const Renaming& s) {
    std::vector<CoreExpr*> todo{e};
    while (!todo.empty()) {
      CoreExpr* x = todo.back();
      todo.pop_back();
      if (x->kind == CoreExpr::Kind::Var)
        if (auto it = s.find(x->var); it != s.end()) x->var = it->second;
      if (x->kind == CoreExpr::Kind::Tick) {
        bool touches = false;
        for (CoreVar* v : x->tick->freeVars) touches |= s.contains(v);
        if (touches) {  // ticks may be shared with other copies: this one gets its own
          Tick* t = A.tick(x->tick->kind);
          *t = *x->tick;
          for (CoreVar*& v : t->freeVars)
            if (auto it = s.find(v); it != s.end()) v = it->second;
          x->tick = t;
        }
      }
      if (x->body) todo.push_back(x->body);
      for (CoreExpr* a : x->args) todo.push_back(a);
      for (CoreBind& b : x->binds) todo.push_back(b.rhs);
      for (CoreAlt& a : x->alts) todo.push_back(a.rhs);
    }
  }

  CoreArena& A;
  const UnfoldingLookup& own_;
  const UnfoldingLookup& imported_;
  SimplifyStats& stats_;
};

}  // namespace

bool wantsUnfolding(const CoreExpr* rhs) {
  const CoreExpr* lam = rhs;
  while (lam->kind == CoreExpr::Kind::Tick) lam = lam->body;
  if (lam->kind != CoreExpr::Kind::Lam || rhs->kind != CoreExpr::Kind::Lam) return false;
  int budget = kUnfoldingSize;
  return smallEnough(lam->body, budget);
}

CoreExpr* copyExpr(const CoreExpr* e, CoreArena& arena) {
  Renaming ren;
  return copy(e, arena, ren);
}

bool simplifyModule(CoreModule& m, CoreArena& arena, const UnfoldingLookup& imported, SimplifyStats* stats,
                    const std::function<bool(const char* pass)>& check) {
  SimplifyStats local;
  SimplifyStats& st = stats ? *stats : local;
  absl::flat_hash_map<const CoreVar*, const CoreExpr*> own;
  UnfoldingLookup ownLookup = [&own](const CoreVar* v) -> const CoreExpr* {
    auto it = own.find(v);
    return it == own.end() ? nullptr : it->second;
  };
  Simplifier s(arena, ownLookup, imported, st);
  for (int pass = 0; pass < kPasses; ++pass) {
    SimplifyStats before = st;
    own.clear();
    for (CoreModule::Group& g : m.groups) {
      for (CoreBind& b : g.binds) b.rhs = s.expr(b.rhs, 0);
      if (!g.recursive && g.binds.size() == 1 && wantsUnfolding(g.binds[0].rhs))
        own[g.binds[0].var] = g.binds[0].rhs;
    }
    if (check && !check("simplifier")) return false;
    if (st.inlined == before.inlined && st.betas == before.betas && st.knownCases == before.knownCases) break;
  }
  return true;
}

}  // namespace core
