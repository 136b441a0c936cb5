// Inlining in the desugarer, before any simplifier: saturation wrappers
// meeting their arguments, primitive wrappers and small functions copied
// into their calls. See Note [Primitive wrappers] and Note [Small
// functions inline].
#include "core/desugar_impl.h"

namespace core {

// `(\x1..xn -> K/prim# a1..am) e1..ek` with k >= n, where each xi is
// exactly one of the aj and the other aj are literals: the constructor or
// primitive applied to the ei (then to the rest). Saturation wrappers made
// by the desugarer itself (for constructors, primitives, seq, error) meet
// their arguments this way, so `a `seq` k` is primSeq# a k, not a call
// with a thunk for k. Null when `f` is not such a wrapper.
CoreExpr* Desugarer::Impl::applyWrapper(CoreExpr* f, std::vector<CoreExpr*>& args) {
  if (f->kind != CoreExpr::Kind::Lam || args.size() < f->params.size()) return nullptr;
  CoreExpr* b = f->body;
  if (b->kind != CoreExpr::Kind::PrimOp && b->kind != CoreExpr::Kind::ConApp) return nullptr;
  std::vector<int> use(b->args.size(), -1);
  std::vector<bool> seen(f->params.size(), false);
  for (size_t j = 0; j < b->args.size(); ++j) {
    CoreExpr* a = b->args[j];
    if (a->kind == CoreExpr::Kind::Lit) continue;
    if (a->kind != CoreExpr::Kind::Var) return nullptr;
    size_t i = 0;
    while (i < f->params.size() && f->params[i] != a->var) ++i;
    if (i == f->params.size() || seen[i]) return nullptr;
    seen[i] = true;
    use[j] = static_cast<int>(i);
  }
  for (bool s : seen)
    if (!s) return nullptr;
  CoreExpr* r = A.expr(b->kind);
  *r = *b;
  for (size_t j = 0; j < b->args.size(); ++j)
    if (use[j] >= 0) r->args[j] = args[static_cast<size_t>(use[j])];
  std::vector<CoreExpr*> extra(args.begin() + static_cast<long>(f->params.size()), args.end());
  return extra.empty() ? r : app(r, std::move(extra));
}
// Note [Primitive wrappers]
// ~~~~~~~~~~~~~~~~~~~~~~~~~
// A global whose definition is a saturation wrapper (`(+) = primIntAdd`
// in `instance Num Int` is \x y -> primIntAdd# x y) is replaced at each
// use, in later modules, by a fresh copy of that lambda, which app() then
// applies to the arguments (applyWrapper). With Note [Known instance
// methods] this turns `n < 2` at Int into primIntLt# n 2: no call, no
// thunk for the arguments of a strict primitive. It is the only inlining
// before the simplifier, and it moves no tick (a wrapper has none).
bool Desugarer::Impl::isWrapper(const CoreExpr* f) const {
  if (f->kind != CoreExpr::Kind::Lam) return false;
  const CoreExpr* b = f->body;
  if (b->kind != CoreExpr::Kind::PrimOp && b->kind != CoreExpr::Kind::ConApp) return false;
  size_t vars = 0;
  for (const CoreExpr* a : b->args) {
    if (a->kind == CoreExpr::Kind::Lit) continue;
    if (a->kind != CoreExpr::Kind::Var) return false;
    if (std::count(f->params.begin(), f->params.end(), a->var) != 1) return false;
    ++vars;
  }
  if (vars != f->params.size()) return false;
  for (const CoreVar* p : f->params) {  // each parameter exactly once
    size_t n = 0;
    for (const CoreExpr* a : b->args) n += a->kind == CoreExpr::Kind::Var && a->var == p;
    if (n != 1) return false;
  }
  return true;
}
// Rewrites, in place, every saturated call of a wrapper under `root`.
void Desugarer::Impl::inlineWrapperCalls(CoreExpr* root) {
  std::vector<CoreExpr*> todo{root};  // no recursion: Core can nest deeply
  while (!todo.empty()) {
    CoreExpr* e = todo.back();
    todo.pop_back();
    if (e->kind == CoreExpr::Kind::App && e->body->kind == CoreExpr::Kind::Var) {
      auto it = wrappers.find(e->body->var);
      if (it != wrappers.end()) {
        std::vector<CoreExpr*> args = e->args;
        if (CoreExpr* r = applyWrapper(const_cast<CoreExpr*>(it->second), args)) {
          SrcSpan span = e->span;
          *e = *r;
          e->span = span;
        }
      } else {
        e->body = inlineSmall(e->body, e->args.size());
      }
    }
    if (e->body) todo.push_back(e->body);
    for (CoreExpr* a : e->args) todo.push_back(a);
    for (CoreBind& b : e->binds) todo.push_back(b.rhs);
    for (CoreAlt& a : e->alts) todo.push_back(a.rhs);
  }
}
// Note [Small functions inline]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// A global, non-recursive function whose body is small and builds no
// closure (`x /= y = if primIntEq x y then False else True`, `abs`,
// `fromEnum` for Char) is copied, with fresh binders, into each call that
// gives it all its arguments; the STG conversion then binds the arguments
// (lazily, or as cases where the body forces them first, Note [Strict
// lets]). Meaning and laziness are the function's own; what goes is the
// call. It is the desugarer's stand-in for the simplifier's inlining, and
// like the wrappers it moves no tick (bodies with ticks are not copied).
bool Desugarer::Impl::smallBody(const CoreExpr* e, int& budget) {
  if (--budget < 0) return false;
  switch (e->kind) {
    case CoreExpr::Kind::Var: case CoreExpr::Kind::Lit: return true;
    case CoreExpr::Kind::Lam: case CoreExpr::Kind::Let: case CoreExpr::Kind::LetRec: case CoreExpr::Kind::Tick:
      return false;
    default: break;
  }
  if (e->body && !smallBody(e->body, budget)) return false;
  for (const CoreExpr* a : e->args)
    if (!smallBody(a, budget)) return false;
  for (const CoreAlt& a : e->alts)
    if (!smallBody(a.rhs, budget)) return false;
  return true;
}
// Note [Inlining under cost centres]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// A thunk records the cost-centre stack current when it is built. Copying
// `print x = putStrLn (show x)` into `main = print v` would build the
// `show v` thunk while main's CAF is evaluated, under Main.main and
// Main.CAF; called, print builds it when main's action runs, under the
// stack GHC reports (Main.main alone). So in modules with cost centres, a
// small function whose body passes a non-atomic argument is not copied.
// Bodies that only evaluate and branch (`not`, `fst`, `/=`) still are.
bool Desugarer::Impl::buildsThunk(const CoreExpr* e) {
  for (const CoreExpr* a : e->args)
    if ((e->kind == CoreExpr::Kind::App || e->kind == CoreExpr::Kind::ConApp) &&
        a->kind != CoreExpr::Kind::Var && a->kind != CoreExpr::Kind::Lit)
      return true;
  if (e->body && buildsThunk(e->body)) return true;
  for (const CoreExpr* a : e->args)
    if (buildsThunk(a)) return true;
  for (const CoreAlt& a : e->alts)
    if (buildsThunk(a.rhs)) return true;
  return false;
}

bool Desugarer::Impl::isSmallFunction(const CoreExpr* f) const {
  if (f->kind != CoreExpr::Kind::Lam) return false;
  int budget = 24;
  return smallBody(f->body, budget);
}
// A copy of `e` with every binder fresh (binders are unique in Core).
CoreExpr* Desugarer::Impl::copyFresh(const CoreExpr* e, absl::flat_hash_map<const CoreVar*, CoreVar*>& ren) {
  CoreExpr* c = A.expr(e->kind);
  *c = *e;
  auto bind = [&](CoreVar*& v) {
    if (!v) return;
    CoreVar* w = fresh(v->name);
    w->typeText = v->typeText;
    ren[v] = w;
    v = w;
  };
  for (CoreVar*& p : c->params) bind(p);
  if (c->kind == CoreExpr::Kind::Case) bind(c->var);
  if (c->kind == CoreExpr::Kind::Var) {
    auto it = ren.find(c->var);
    if (it != ren.end()) c->var = it->second;
  }
  if (c->body) c->body = copyFresh(c->body, ren);
  for (CoreExpr*& a : c->args) a = copyFresh(a, ren);
  for (CoreAlt& a : c->alts) {
    for (CoreVar*& b : a.binders) bind(b);
    a.rhs = copyFresh(a.rhs, ren);
  }
  return c;
}
// `f` applied to `n` arguments: a fresh copy of the function when it is
// a small function and the call gives exactly its arguments, else `f`.
CoreExpr* Desugarer::Impl::inlineSmall(CoreExpr* f, size_t n) {
  if (f->kind != CoreExpr::Kind::Var) return f;
  auto it = smallFunctions.find(f->var);
  // Exactly saturated: an over-applied function (a method selector given
  // its dictionary and the method's arguments) is better called.
  if (it == smallFunctions.end() || n != it->second->params.size()) return f;
  // Note [Inlining under cost centres]: a body that builds a thunk (a
  // non-atomic argument) would build it under the caller's stack instead of
  // the callee's; in a module with cost centres, such a function is called.
  if (opts.costCentres && !(opts.isLibraryModule && opts.isLibraryModule(module)) &&
      buildsThunk(it->second->body))
    return f;
  absl::flat_hash_map<const CoreVar*, CoreVar*> ren;
  return copyFresh(it->second, ren);
}
// `e` itself, or a fresh copy of the wrapper it names.
CoreExpr* Desugarer::Impl::inlineWrapper(CoreExpr* e) {
  if (e->kind != CoreExpr::Kind::Var) return e;
  auto it = wrappers.find(e->var);
  if (it == wrappers.end()) return e;
  const CoreExpr* w = it->second;
  std::vector<CoreVar*> ps;
  CoreExpr* body = A.expr(w->body->kind);
  *body = *w->body;
  for (CoreExpr*& a : body->args) {
    CoreExpr* c = A.expr(a->kind);
    *c = *a;
    a = c;
  }
  for (CoreVar* p : w->params) {
    CoreVar* q = fresh(p->name);
    ps.push_back(q);
    for (CoreExpr* a : body->args)
      if (a->kind == CoreExpr::Kind::Var && a->var == p) a->var = q;
  }
  body->span = e->span;
  return lam(std::move(ps), body, e->span);
}

}  // namespace core
