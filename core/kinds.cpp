#include "core/kinds.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "core/ast_printer.h"

namespace core {

// ---- KindArena -------------------------------------------------------------------

const Kind* KindArena::arrow(const Kind* a, const Kind* b) {
  Kind& k = kinds_.emplace_back();
  k.tag = Kind::Tag::Arrow;
  k.from = a;
  k.to = b;
  return &k;
}

const Kind* KindArena::meta() {
  Kind& k = kinds_.emplace_back();
  k.tag = Kind::Tag::Meta;
  return &k;
}

const Kind* KindArena::zonk(const Kind* k) {
  while (k->tag == Kind::Tag::Meta && k->solution != nullptr) k = k->solution;
  return k;
}

bool KindArena::occurs(const Kind* meta, const Kind* k) {
  k = zonk(k);
  if (k == meta) return true;
  return k->tag == Kind::Tag::Arrow && (occurs(meta, k->from) || occurs(meta, k->to));
}

bool KindArena::unify(const Kind* a, const Kind* b) {
  a = zonk(a);
  b = zonk(b);
  if (a == b) return true;
  if (a->tag == Kind::Tag::Meta) {
    if (occurs(a, b)) return false;
    a->solution = b;
    return true;
  }
  if (b->tag == Kind::Tag::Meta) return unify(b, a);
  if (a->tag == Kind::Tag::Star || b->tag == Kind::Tag::Star) return a->tag == b->tag;
  return unify(a->from, b->from) && unify(a->to, b->to);
}

std::string KindArena::render(const Kind* k) {
  k = zonk(k);
  if (k->tag != Kind::Tag::Arrow) return "*";
  const Kind* from = zonk(k->from);
  std::string l = render(from);
  if (from->tag == Kind::Tag::Arrow) l = "(" + l + ")";
  return absl::StrCat(l, " -> ", render(k->to));
}

void KindArena::defaultToStar(const Kind* k) {
  k = zonk(k);
  if (k->tag == Kind::Tag::Meta) {
    k->solution = star();
  } else if (k->tag == Kind::Tag::Arrow) {
    defaultToStar(k->from);
    defaultToStar(k->to);
  }
}

// ---- KindChecker -------------------------------------------------------------------

namespace {

int arrows(const Kind* k) {
  int n = 0;
  for (k = KindArena::zonk(k); k->tag == Kind::Tag::Arrow; k = KindArena::zonk(k->to)) ++n;
  return n;
}

std::string typeText(const Type* t) { return renderType(*t); }

class ModuleKinds {
 public:
  ModuleKinds(KindArena& arena, absl::flat_hash_map<const Entity*, const Kind*>& kinds,
              std::vector<Diagnostic>& errors)
      : K(arena), kinds_(kinds), errors_(errors) {}

  void run(Module& m) {
    // 1. Fresh kinds for this module's type constructors and classes.
    for (Decl* d : m.decls) {
      if (!d->name.ref) continue;
      switch (d->kind) {
        case Decl::Kind::Data: case Decl::Kind::Newtype: case Decl::Kind::TypeSyn: {
          const Kind* result = d->kind == Decl::Kind::TypeSyn ? K.meta() : K.star();
          for (auto it = d->tyvars.rbegin(); it != d->tyvars.rend(); ++it) {
            const Kind* kv = K.meta();
            if (it->ref) kinds_[it->ref] = kv;
            result = K.arrow(kv, result);
          }
          kinds_[d->name.ref] = result;
          break;
        }
        case Decl::Kind::Class: {
          const Kind* kp = K.meta();
          kinds_[d->name.ref] = kp;  // a class's kind is its parameter's
          if (!d->tyvars.empty() && d->tyvars[0].ref) kinds_[d->tyvars[0].ref] = kp;
          break;
        }
        default:
          break;
      }
    }
    // 2. Declaration bodies solve the unknowns.
    for (Decl* d : m.decls) {
      switch (d->kind) {
        case Decl::Kind::Data: case Decl::Kind::Newtype:
          for (Assertion& a : d->context) assertion(a, "In the data type declaration");
          for (ConDecl* c : d->cons) {
            for (Type* t : c->args) check(t, K.star(), "In a data constructor");
            for (ConField& f : c->fields) check(f.type, K.star(), "In a record field");
          }
          break;
        case Decl::Kind::TypeSyn: {
          const Kind* k = kinds_[d->name.ref];
          for (size_t i = 0; i < d->tyvars.size(); ++i) k = KindArena::zonk(k)->to;
          check(d->type, k, "In the type synonym declaration");
          break;
        }
        case Decl::Kind::Class:
          for (Assertion& a : d->context) assertion(a, "In the class declaration");
          for (Decl* b : d->body)
            if (b->kind == Decl::Kind::TypeSig) signature(b->sig);
          break;
        default:
          break;
      }
    }
    // 3. Unknowns left over are * (report 4.6).
    for (Decl* d : m.decls) {
      if (d->name.ref && kinds_.contains(d->name.ref)) K.defaultToStar(kinds_[d->name.ref]);
      for (Name& v : d->tyvars)
        if (v.ref && kinds_.contains(v.ref)) K.defaultToStar(kinds_[v.ref]);
    }
    // 4. Every other type the module writes.
    for (Decl* d : m.decls) decl(d);
  }

 private:
  void error(const SrcSpan& at, std::string msg, std::vector<std::string> notes) {
    errors_.push_back(Diagnostic{Severity::Error, at, std::move(msg), std::move(notes)});
  }

  const Kind* kindOfEntity(const Entity* e) {
    if (e == nullptr) return nullptr;
    auto it = kinds_.find(e);
    if (it != kinds_.end()) return it->second;
    const Kind* k = builtinKind(e);
    if (k == nullptr) k = K.meta();  // a type variable seen first here
    kinds_[e] = k;
    return k;
  }

  // Built-in syntax (report 6.1): (), [], (->), tuples.
  const Kind* builtinKind(const Entity* e) {
    if (e->kind != EntityKind::TyCon) return nullptr;
    const std::string& n = e->name;
    int params = n == "()" ? 0 : n == "[]" ? 1 : n == "->" ? 2
               : (n.size() > 2 && n[0] == '(' && n[1] == ',') ? static_cast<int>(n.size()) - 1 : -1;
    if (params < 0) return nullptr;
    const Kind* k = K.star();
    for (int i = 0; i < params; ++i) k = K.arrow(K.star(), k);
    return k;
  }

  // Infers a type's kind; reports and returns nullptr on error.
  const Kind* infer(Type* t, const char* ctx) {
    switch (t->kind) {
      case Type::Kind::Var: case Type::Kind::Con: {
        const Entity* e = t->name.ref;
        if (e == nullptr) return nullptr;  // the renamer already complained
        if (e->kind == EntityKind::Class) {
          error(t->span, absl::StrCat("Class ", quoted(e->name), " used as a type"),
                {absl::StrCat(ctx)});
          return nullptr;
        }
        return kindOfEntity(e);
      }
      case Type::Kind::App: {
        // As GHC does: the head's kind first, then each argument against it.
        const Kind* kf = infer(t->t1, ctx);
        if (kf == nullptr) return nullptr;
        for (size_t i = 0; i < t->args.size(); ++i) {
          kf = KindArena::zonk(kf);
          if (kf->tag == Kind::Tag::Meta) {
            const Kind* a = K.meta();
            const Kind* r = K.meta();
            K.unify(kf, K.arrow(a, r));
            kf = KindArena::zonk(kf);
          }
          if (kf->tag == Kind::Tag::Star) {  // applied to more arguments than it takes
            const Kind* expected = K.star();
            for (size_t j = t->args.size(); j-- > i;) {
              const Kind* ka = infer(t->args[j], ctx);
              if (ka == nullptr) return nullptr;
              expected = K.arrow(ka, expected);
            }
            std::string head = typeText(t->t1);
            for (size_t j = 0; j < i; ++j) absl::StrAppend(&head, " ", typeText(t->args[j]));
            error(t->span, absl::StrCat("Expected kind ", quoted(KindArena::render(expected)),
                                        ", but ", quoted(head), " has kind ", quoted("*")),
                  {ctx});
            return nullptr;
          }
          if (!check(t->args[i], kf->from, ctx)) return nullptr;
          kf = kf->to;
        }
        return kf;
      }
      case Type::Kind::Fun:
        if (!check(t->t1, K.star(), ctx) || !check(t->t2, K.star(), ctx)) return nullptr;
        return K.star();
      case Type::Kind::List:
        return check(t->t1, K.star(), ctx) ? K.star() : nullptr;
      case Type::Kind::Tuple:
        for (Type* a : t->args)
          if (!check(a, K.star(), ctx)) return nullptr;
        return K.star();
      case Type::Kind::Paren: case Type::Kind::Bang:
        return infer(t->t1, ctx);
    }
    return nullptr;
  }

  // Checks a type against an expected kind.
  bool check(Type* t, const Kind* expected, const char* ctx) {
    const Kind* actual = infer(t, ctx);
    if (actual == nullptr) return false;
    if (K.unify(expected, actual)) return true;
    std::string what = typeText(t);
    const Kind* exp = KindArena::zonk(expected);
    int extra = arrows(actual) - arrows(exp);
    if (exp->tag == Kind::Tag::Star && extra > 0) {
      error(t->span,
            extra == 1 ? absl::StrCat("Expecting one more argument to ", quoted(what))
                       : absl::StrCat("Expecting ", extra, " more arguments to ", quoted(what)),
            {absl::StrCat("Expected a type, but ", quoted(what), " has kind ",
                          quoted(KindArena::render(actual))),
             ctx});
    } else {
      error(t->span,
            absl::StrCat("Expected kind ", quoted(KindArena::render(expected)), ", but ",
                         quoted(what), " has kind ", quoted(KindArena::render(actual))),
            {ctx});
    }
    return false;
  }

  void assertion(Assertion& a, const char* ctx) {
    const Entity* cls = a.cls.ref;
    if (cls == nullptr) return;
    if (cls->kind != EntityKind::Class) {
      // A type where a class belongs: GHC words it as a kind error.
      std::string argKind = "*";
      if (!a.args.empty())
        if (const Kind* k = infer(a.args[0], ctx)) argKind = KindArena::render(k);
      error(a.span, absl::StrCat("Expected kind ", quoted(argKind + " -> Constraint"), ", but ",
                                 quoted(cls->name), " has kind ",
                                 quoted(KindArena::render(kindOfEntity(cls)))),
            {ctx});
      return;
    }
    const Kind* kp = kindOfEntity(cls);
    for (Type* t : a.args) check(t, kp, ctx);
  }

  void signature(QualType* q) {
    if (q == nullptr) return;
    for (Assertion& a : q->context) assertion(a, "In a type signature");
    check(q->type, K.star(), "In a type signature");
  }

  void decl(Decl* d) {
    switch (d->kind) {
      case Decl::Kind::TypeSig:
        signature(d->sig);
        break;
      case Decl::Kind::Instance: {
        const Entity* cls = d->name.ref;
        for (Assertion& a : d->context) assertion(a, "In the instance declaration");
        if (cls != nullptr && cls->kind != EntityKind::Class) {
          error(d->name.span, absl::StrCat("Expected a constraint, but ",
                                           quoted(absl::StrCat(cls->name, " ", typeText(d->type))),
                                           " has kind ", quoted("*")),
                {absl::StrCat("In the instance declaration for ",
                              quoted(absl::StrCat(cls->name, " ", typeText(d->type))))});
        } else if (cls != nullptr && d->type != nullptr) {
          check(d->type, kindOfEntity(cls), "In the instance declaration");
        }
        for (Decl* b : d->body) decl(b);
        break;
      }
      case Decl::Kind::FunBind:
        for (Match* m : d->matches) rhs(m->rhs);
        break;
      case Decl::Kind::PatBind:
        rhs(d->rhs);
        break;
      case Decl::Kind::Class:
        for (Decl* b : d->body)
          if (b->kind != Decl::Kind::TypeSig) decl(b);
        break;
      case Decl::Kind::Default:
        for (Type* t : d->types) check(t, K.star(), "In the default declaration");
        break;
      default:
        break;
    }
  }

  void rhs(Rhs* r) {
    if (r == nullptr) return;
    for (Decl* d : r->where) decl(d);
    expr(r->body);
    for (GuardedRhs* g : r->guarded) {
      for (Stmt* s : g->guards) stmt(s);
      expr(g->body);
    }
  }
  void stmt(Stmt* s) {
    for (Decl* d : s->decls) decl(d);
    expr(s->expr);
  }
  void expr(Expr* e) {
    if (e == nullptr) return;
    if (e->kind == Expr::Kind::TypeSig) signature(e->type);
    expr(e->e1);
    expr(e->e2);
    expr(e->e3);
    for (Expr* a : e->args) expr(a);
    for (auto& it : e->items) expr(it.operand);
    for (Decl* d : e->decls) decl(d);
    for (Alt* a : e->alts) rhs(a->rhs);
    for (Stmt* s : e->stmts) stmt(s);
    for (FieldBind& f : e->fields) expr(f.value);
  }

  KindArena& K;
  absl::flat_hash_map<const Entity*, const Kind*>& kinds_;
  std::vector<Diagnostic>& errors_;
};

}  // namespace

KindChecker::KindChecker(KindArena& arena) : K(arena) {}

const Kind* KindChecker::kindOf(const Entity* e) const {
  auto it = kinds_.find(e);
  return it == kinds_.end() ? nullptr : KindArena::zonk(it->second);
}

bool KindChecker::checkModule(Module& m, DiagnosticSink& sink) {
  std::vector<Diagnostic> errors;
  ModuleKinds mk(K, kinds_, errors);
  mk.run(m);
  std::stable_sort(errors.begin(), errors.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.span.start < b.span.start; });
  for (Diagnostic& d : errors) sink.report(std::move(d));
  return errors.empty();
}

bool KindChecker::checkProgram(ModuleGraph& graph, DiagnosticSink& sink) {
  for (ModuleNode* node : graph.order())
    if (!checkModule(*node->ast, sink)) return false;
  return true;
}

}  // namespace core
