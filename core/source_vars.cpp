#include "core/source_vars.h"

#include "absl/container/flat_hash_set.h"

namespace core {
namespace {

// Collects every occurrence of a local in source order. A local is free in
// the expression exactly when its binding occurrence lies outside the
// expression's span (scoping is lexical, and every binder inside the
// expression is also inside its span).
class LocalRefs {
 public:
  // `within` invalid: every occurrence counts.
  explicit LocalRefs(const SrcSpan& within) : within_(within) {}
  std::vector<const Entity*> out;

  void expr(const Expr* e) {
    if (e == nullptr) return;
    if ((e->kind == Expr::Kind::Var || e->kind == Expr::Kind::RecordUpd) && e->name.ref) name(e->name);
    expr(e->e1);
    expr(e->e2);
    expr(e->e3);
    for (const Expr* a : e->args) expr(a);
    for (const InfixItem<Expr>& i : e->items) {
      expr(i.operand);
      if (i.kind == InfixItem<Expr>::Kind::Op) name(i.op);
    }
    if (e->kind == Expr::Kind::OpApp || e->kind == Expr::Kind::LeftSection ||
        e->kind == Expr::Kind::RightSection)
      name(e->name);
    for (const Decl* d : e->decls) decl(d);
    for (const Alt* a : e->alts) rhs(a->rhs);
    for (const Stmt* s : e->stmts) stmt(s);
    for (const FieldBind& f : e->fields) expr(f.value);
  }

  void decl(const Decl* d) {
    for (const Match* m : d->matches) rhs(m->rhs);
    rhs(d->rhs);
  }

 private:
  void name(const Name& n) {
    const Entity* x = n.ref;
    if (x == nullptr || x->kind != EntityKind::Local) return;
    if (within_.valid() && contains(x->defined)) return;
    if (seen_.insert(x).second) out.push_back(x);
  }
  bool contains(const SrcSpan& s) const {
    return s.file == within_.file && within_.start <= s.start && s.end <= within_.end;
  }
  void stmt(const Stmt* s) {
    expr(s->expr);
    for (const Decl* d : s->decls) decl(d);
  }
  void rhs(const Rhs* r) {
    if (r == nullptr) return;
    expr(r->body);
    for (const GuardedRhs* g : r->guarded) {
      for (const Stmt* s : g->guards) stmt(s);
      expr(g->body);
    }
    for (const Decl* d : r->where) decl(d);
  }

  SrcSpan within_;
  absl::flat_hash_set<const Entity*> seen_;
};

}  // namespace

std::vector<const Entity*> freeSourceLocals(const Expr& e) {
  LocalRefs refs(e.span);
  refs.expr(&e);
  return std::move(refs.out);
}

std::vector<const Entity*> sourceLocalsOf(const Decl& d) {
  LocalRefs refs{SrcSpan{}};
  refs.decl(&d);
  return std::move(refs.out);
}

}  // namespace core
