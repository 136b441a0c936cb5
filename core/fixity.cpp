#include "core/fixity.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "core/entity.h"
#include "core/syntax_error.h"

namespace core {
namespace {

using Assoc = Decl::Assoc;

const absl::flat_hash_map<std::string_view, Fixity>& preludeTable() {
  static const auto* table = [] {
    auto* t = new absl::flat_hash_map<std::string_view, Fixity>;
    auto add = [&](Assoc a, int p, std::initializer_list<std::string_view> ops) {
      for (auto op : ops) (*t)[op] = Fixity{a, p};
    };
    add(Assoc::Right, 9, {"."});
    add(Assoc::Left, 9, {"!!"});
    add(Assoc::Right, 8, {"^", "^^", "**"});
    add(Assoc::Left, 7, {"*", "/", "quot", "rem", "div", "mod"});
    add(Assoc::Left, 6, {"+", "-"});
    add(Assoc::Right, 5, {":", "++"});
    add(Assoc::None, 4, {"==", "/=", "<", "<=", ">=", ">", "elem", "notElem"});
    add(Assoc::Left, 4, {"<$>", "<$", "$>", "<*>", "*>", "<*"});
    add(Assoc::Right, 3, {"&&"});
    add(Assoc::Right, 2, {"||"});
    add(Assoc::Left, 1, {">>", ">>="});
    add(Assoc::Right, 1, {"=<<"});
    add(Assoc::Right, 0, {"$", "$!", "seq"});
    return t;
  }();
  return *table;
}

// A scope of fixity declarations (module, then each let/where inside it).
class FixityScopes {
 public:
  explicit FixityScopes(bool useEntities = false) : useEntities_(useEntities) {}
  void push(const std::vector<Decl*>& decls) {
    scopes_.emplace_back();
    for (const Decl* d : decls) {
      if (d->kind != Decl::Kind::Fixity) continue;
      for (const Name& n : d->names) scopes_.back()[n.name] = Fixity{d->assoc, d->precedence};
    }
  }
  void pop() { scopes_.pop_back(); }
  Fixity lookup(const Name& op) const {
    if (useEntities_ && op.ref != nullptr) return op.ref->fixity.value_or(Fixity{});
    for (auto it = scopes_.rbegin(); it != scopes_.rend(); ++it) {
      auto f = it->find(op.name);
      if (f != it->end()) return f->second;
    }
    if (const Fixity* f = preludeFixity(op.name)) return *f;
    return Fixity{};
  }

 private:
  std::vector<absl::flat_hash_map<std::string, Fixity>> scopes_;
  bool useEntities_;
};

// Node-type specifics for the shared resolution algorithm.
struct ExprOps {
  using Node = Expr;
  static SrcSpan span(const Expr* e) { return e->span; }
  static Expr* binary(AstArena& A, Expr* l, const Name& op, Expr* r) {
    Expr* e = A.make<Expr>(Expr::Kind::OpApp);
    e->e1 = l;
    e->name = op;
    e->e2 = r;
    e->span = SrcSpan::between(l->span, r->span);
    return e;
  }
  static Expr* negate(AstArena& A, const Name& minus, Expr* x) {
    Expr* e = A.make<Expr>(Expr::Kind::Neg);
    e->e1 = x;
    e->span = SrcSpan::between(minus.span, x->span);
    return e;
  }
};

struct PatOps {
  using Node = Pat;
  static SrcSpan span(const Pat* p) { return p->span; }
  static Pat* binary(AstArena& A, Pat* l, const Name& op, Pat* r) {
    Pat* p = A.make<Pat>(Pat::Kind::ConOp);
    p->p1 = l;
    p->name = op;
    p->p2 = r;
    p->span = SrcSpan::between(l->span, r->span);
    return p;
  }
  static Pat* negate(AstArena&, const Name& minus, Pat*) {
    throw SyntaxError{minus.span, "Parse error in pattern", {"only a numeric literal may be negated in a pattern"}};
  }
};

std::string describe(const Name& op, const Fixity& f, bool prefixMinus) {
  if (prefixMinus) return absl::StrCat("prefix `-' [", renderFixity(f), "]");
  return absl::StrCat(quoted(op.isSym ? op.str() : absl::StrCat("`", op.str(), "`")), " [", renderFixity(f), "]");
}

[[noreturn]] void cannotMix(const SrcSpan& where, const Name& a, const Fixity& fa, bool aNeg,
                            const Name& b, const Fixity& fb, bool bNeg) {
  throw SyntaxError{where, "Precedence parsing error",
                    {absl::StrCat("    cannot mix ", describe(a, fa, aNeg), " and ",
                                  describe(b, fb, bNeg), " in the same infix expression")}};
}

// Operator-precedence parsing of one sequence (see Note [Fixity resolution]).
// depths[i] is the depth of items[i] when it is an (already resolved)
// operand; *outDepth receives the depth of the result.
template <class Ops>
typename Ops::Node* resolveSequence(AstArena& A, const FixityScopes& scopes,
                                    std::vector<InfixItem<typename Ops::Node>>& items,
                                    const std::vector<int>& depths, int* outDepth) {
  using Node = typename Ops::Node;
  using K = typename InfixItem<Node>::Kind;
  struct Operand { Node* node; int depth; };
  struct Pending { Name op; Fixity fix; bool neg; };
  std::vector<Operand> operands;
  std::vector<Pending> ops;
  const Fixity negFix{Assoc::Left, 6};

  auto reduce = [&] {
    Pending p = std::move(ops.back());
    ops.pop_back();
    if (p.neg) {
      Operand x = operands.back();
      operands.back() = Operand{Ops::negate(A, p.op, x.node), x.depth + 1};
    } else {
      Operand r = operands.back();
      operands.pop_back();
      Operand l = operands.back();
      operands.back() = Operand{Ops::binary(A, l.node, p.op, r.node), std::max(l.depth, r.depth) + 1};
    }
    if (operands.back().depth > kMaxResolvedDepth) {
      throw SyntaxError{Ops::span(operands.back().node), "expression nested too deeply",
                        {absl::StrCat("more than ", kMaxResolvedDepth, " levels of operators")}};
    }
  };

  // Errors point at the start of the whole expression, as GHC's do.
  auto itemSpan = [](const InfixItem<Node>& it) { return it.kind == K::Operand ? Ops::span(it.operand) : it.op.span; };
  const SrcSpan whole = SrcSpan::between(itemSpan(items.front()), itemSpan(items.back()));
  for (size_t i = 0; i < items.size(); ++i) {
    auto& it = items[i];
    switch (it.kind) {
      case K::Operand:
        operands.push_back(Operand{it.operand, depths[i]});
        break;
      case K::Neg:
        // Prefix minus may not follow an operator binding as tightly as it.
        if (!ops.empty() && !ops.back().neg && ops.back().fix.precedence >= 6)
          cannotMix(whole, ops.back().op, ops.back().fix, false, it.op, negFix, true);
        ops.push_back(Pending{it.op, negFix, true});
        break;
      case K::Op: {
        Fixity f2 = scopes.lookup(it.op);
        while (!ops.empty()) {
          const Pending& top = ops.back();
          const Fixity& f1 = top.fix;
          if (f1.precedence == f2.precedence &&
              (f1.assoc != f2.assoc || f1.assoc == Assoc::None))
            cannotMix(whole, top.op, f1, top.neg, it.op, f2, false);
          if (f1.precedence > f2.precedence ||
              (f1.precedence == f2.precedence && f1.assoc == Assoc::Left)) {
            reduce();
          } else {
            break;
          }
        }
        ops.push_back(Pending{it.op, f2, false});
        break;
      }
    }
  }
  while (!ops.empty()) reduce();
  *outDepth = operands.back().depth;
  return operands.back().node;
}

class Resolver {
 public:
  explicit Resolver(AstArena& arena, bool useEntities = false)
      : A(arena), scopes_(useEntities) {}

  void module(Module& m) {
    std::vector<Decl*> all = m.decls;
    for (Decl* d : m.decls)  // class-body fixities are top-level too
      if (d->kind == Decl::Kind::Class)
        all.insert(all.end(), d->body.begin(), d->body.end());
    scopes_.push(all);
    for (Decl* d : m.decls) decl(d);
    scopes_.pop();
  }
  Expr* topExpr(Expr* e) {
    scopes_.push({});
    e = expr(e);
    scopes_.pop();
    return e;
  }

 private:
  // Each resolve function returns the (possibly new) node and records the
  // depth of what it returned in lastDepth_.
  Expr* expr(Expr* e) {
    if (e == nullptr) return nullptr;
    int depth = 0;
    auto sub = [&](Expr*& x) {
      if (x == nullptr) return;
      x = expr(x);
      depth = std::max(depth, lastDepth_);
    };
    switch (e->kind) {
      case Expr::Kind::Infix: {
        std::vector<int> depths(e->items.size(), 0);
        for (size_t i = 0; i < e->items.size(); ++i) {
          auto& it = e->items[i];
          if (it.kind != InfixItem<Expr>::Kind::Operand) continue;
          it.operand = expr(it.operand);
          depths[i] = lastDepth_;
        }
        return resolveSequence<ExprOps>(A, scopes_, e->items, depths, &lastDepth_);
      }
      case Expr::Kind::Let:
        scopes_.push(e->decls);
        for (Decl* d : e->decls) decl(d);
        sub(e->e1);
        scopes_.pop();
        break;
      case Expr::Kind::Lambda:
        for (Pat*& p : e->pats) p = pat(p);
        sub(e->e1);
        break;
      case Expr::Kind::Case:
        sub(e->e1);
        for (Alt* a : e->alts) {
          a->pat = pat(a->pat);
          rhs(a->rhs);
        }
        break;
      case Expr::Kind::Do: case Expr::Kind::ListComp:
        sub(e->e1);
        for (Stmt* s : e->stmts) stmt(s);
        break;
      default:
        sub(e->e1);
        sub(e->e2);
        sub(e->e3);
        for (Expr*& a : e->args) sub(a);
        for (FieldBind& f : e->fields) sub(f.value);
        break;
    }
    lastDepth_ = depth + 1;
    return e;
  }

  Pat* pat(Pat* p) {
    if (p == nullptr) return nullptr;
    switch (p->kind) {
      case Pat::Kind::Infix: {
        for (auto& it : p->items)
          if (it.kind == InfixItem<Pat>::Kind::Operand) it.operand = pat(it.operand);
        // Pattern operands are bounded by the parser's nesting limit; only
        // the chain itself needs counting.
        std::vector<int> depths(p->items.size(), 1);
        int depth = 0;
        return resolveSequence<PatOps>(A, scopes_, p->items, depths, &depth);
      }
      default:
        for (Pat*& a : p->args) a = pat(a);
        p->p1 = pat(p->p1);
        p->p2 = pat(p->p2);
        for (FieldPat& f : p->fields) f.pat = pat(f.pat);
        return p;
    }
  }

  void stmt(Stmt* s) {
    // A let statement's fixities scope over the statements after it; we keep
    // it simple and scope them over the let's own bindings.
    if (s->kind == Stmt::Kind::Let) {
      scopes_.push(s->decls);
      for (Decl* d : s->decls) decl(d);
      scopes_.pop();
      return;
    }
    s->pat = pat(s->pat);
    s->expr = expr(s->expr);
  }

  void rhs(Rhs* r) {
    if (r == nullptr) return;
    scopes_.push(r->where);
    r->body = expr(r->body);
    for (GuardedRhs* g : r->guarded) {
      for (Stmt* s : g->guards) stmt(s);
      g->body = expr(g->body);
    }
    for (Decl* d : r->where) decl(d);
    scopes_.pop();
  }

  void decl(Decl* d) {
    switch (d->kind) {
      case Decl::Kind::FunBind:
        for (Match* m : d->matches) {
          for (Pat*& p : m->pats) p = pat(p);
          rhs(m->rhs);
        }
        break;
      case Decl::Kind::PatBind:
        d->pat = pat(d->pat);
        rhs(d->rhs);
        break;
      case Decl::Kind::Class: case Decl::Kind::Instance:
        for (Decl* b : d->body) decl(b);
        break;
      default:
        break;
    }
  }

  AstArena& A;
  FixityScopes scopes_;
  int lastDepth_ = 0;  // depth of the expression expr() returned last
};

}  // namespace

const Fixity* preludeFixity(std::string_view op) {
  auto it = preludeTable().find(op);
  return it == preludeTable().end() ? nullptr : &it->second;
}

std::string renderFixity(const Fixity& f) {
  const char* a = f.assoc == Assoc::Left ? "infixl" : f.assoc == Assoc::Right ? "infixr" : "infix";
  return absl::StrCat(a, " ", f.precedence);
}

bool resolveFixities(Module& m, AstArena& arena, DiagnosticSink& sink) {
  try {
    Resolver r(arena);
    r.module(m);
    return true;
  } catch (const SyntaxError& e) {
    sink.error(e.span, e.message, e.notes);
    return false;
  }
}

bool resolveFixitiesWithEntities(Module& m, AstArena& arena, DiagnosticSink& sink) {
  try {
    Resolver r(arena, /*useEntities=*/true);
    r.module(m);
    return true;
  } catch (const SyntaxError& e) {
    sink.error(e.span, e.message, e.notes);
    return false;
  }
}

Expr* resolveExprFixitiesWithEntities(Expr* e, AstArena& arena, DiagnosticSink& sink) {
  try {
    Resolver r(arena, /*useEntities=*/true);
    return r.topExpr(e);
  } catch (const SyntaxError& ex) {
    sink.error(ex.span, ex.message, ex.notes);
    return nullptr;
  }
}

Expr* resolveExprFixities(Expr* e, AstArena& arena, DiagnosticSink& sink) {
  try {
    Resolver r(arena);
    return r.topExpr(e);
  } catch (const SyntaxError& ex) {
    sink.error(ex.span, ex.message, ex.notes);
    return nullptr;
  }
}

}  // namespace core
