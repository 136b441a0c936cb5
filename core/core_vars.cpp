#include "core/core_vars.h"

#include "absl/container/flat_hash_set.h"

namespace core {
namespace {

// Visits every node of `e` (pre-order) with an explicit stack.
template <class F>
void walk(const CoreExpr& root, F&& f) {
  std::vector<const CoreExpr*> todo{&root};
  while (!todo.empty()) {
    const CoreExpr* e = todo.back();
    todo.pop_back();
    f(*e);
    if (e->body) todo.push_back(e->body);
    for (const CoreExpr* a : e->args) todo.push_back(a);
    for (const CoreBind& b : e->binds) todo.push_back(b.rhs);
    for (const CoreAlt& a : e->alts) todo.push_back(a.rhs);
  }
}

}  // namespace

std::vector<CoreVar*> freeLocalVars(const CoreExpr& e) {
  absl::flat_hash_set<const CoreVar*> bound;
  walk(e, [&](const CoreExpr& x) {
    for (const CoreVar* p : x.params) bound.insert(p);
    for (const CoreBind& b : x.binds) bound.insert(b.var);
    if (x.kind == CoreExpr::Kind::Case && x.var) bound.insert(x.var);
    for (const CoreAlt& a : x.alts)
      for (const CoreVar* v : a.binders) bound.insert(v);
  });
  std::vector<CoreVar*> out;
  absl::flat_hash_set<const CoreVar*> seen;
  // Pre-order from the left: collect in a second pass in source order.
  std::vector<const CoreExpr*> todo{&e};
  while (!todo.empty()) {
    const CoreExpr* x = todo.back();
    todo.pop_back();
    if (x->kind == CoreExpr::Kind::Var && x->var && !x->var->isGlobal() && !bound.contains(x->var) &&
        seen.insert(x->var).second)
      out.push_back(x->var);
    for (auto it = x->alts.rbegin(); it != x->alts.rend(); ++it) todo.push_back(it->rhs);
    for (auto it = x->binds.rbegin(); it != x->binds.rend(); ++it) todo.push_back(it->rhs);
    for (auto it = x->args.rbegin(); it != x->args.rend(); ++it) todo.push_back(*it);
    if (x->body) todo.push_back(x->body);
  }
  return out;
}

std::vector<const CoreVar*> occurringVars(const CoreExpr& e) {
  std::vector<const CoreVar*> out;
  absl::flat_hash_set<const CoreVar*> seen;
  walk(e, [&](const CoreExpr& x) {
    if (x.kind == CoreExpr::Kind::Var && x.var && seen.insert(x.var).second) out.push_back(x.var);
    if (x.kind == CoreExpr::Kind::Tick)
      for (const CoreVar* v : x.tick->freeVars)
        if (seen.insert(v).second) out.push_back(v);
  });
  return out;
}

}  // namespace core
