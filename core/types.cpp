#include "core/types.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "core/check.h"

namespace core {

const Entity* TyArena::builtin(const std::string& name) const {
  auto it = builtins_.find(name);
  LZ_CHECK(it != builtins_.end());
  return it->second;
}

const Ty* TyArena::con(const Entity* e) {
  auto it = cons_.find(e);
  if (it != cons_.end()) return it->second;
  Ty& t = types_.emplace_back();
  t.tag = Ty::Tag::Con;
  t.con = e;
  cons_[e] = &t;
  return &t;
}

const Ty* TyArena::app(const Ty* f, const Ty* a) {
  Ty& t = types_.emplace_back();
  t.tag = Ty::Tag::App;
  t.fun = f;
  t.arg = a;
  return &t;
}

const Ty* TyArena::apps(const Ty* f, const std::vector<const Ty*>& args) {
  for (const Ty* a : args) f = app(f, a);
  return f;
}

const Ty* TyArena::var(std::string name) {
  Ty& t = types_.emplace_back();
  t.tag = Ty::Tag::Var;
  t.name = std::move(name);
  t.id = ++nextId_;
  return &t;
}

const Ty* TyArena::meta(int level, std::string hint) {
  Ty& t = types_.emplace_back();
  t.tag = Ty::Tag::Meta;
  t.level = level;
  t.name = std::move(hint);
  t.id = ++nextId_;
  return &t;
}

const Ty* TyArena::fun(const Ty* a, const Ty* b) {
  return app(app(con(builtin("->")), a), b);
}
const Ty* TyArena::list(const Ty* t) { return app(con(builtin("[]")), t); }
const Ty* TyArena::unit() { return con(builtin("()")); }
const Ty* TyArena::tuple(const std::vector<const Ty*>& ts) {
  return apps(con(builtin(absl::StrCat("(", std::string(ts.size() - 1, ','), ")"))), ts);
}

const Ty* TyArena::zonk(const Ty* t) {
  const Ty* end = t;
  while (end->tag == Ty::Tag::Meta && end->solution != nullptr) end = end->solution;
  // Path compression: chains of solved metas (a long list literal makes one
  // per element) would otherwise make every later zonk walk them again.
  while (t != end) {
    const Ty* next = t->solution;
    t->solution = end;
    t = next;
  }
  return end;
}

const Ty* TyArena::head(const Ty* t, std::vector<const Ty*>* args) {
  t = zonk(t);
  std::vector<const Ty*> rev;
  while (t->tag == Ty::Tag::App) {
    rev.push_back(t->arg);
    t = zonk(t->fun);
  }
  if (args) args->assign(rev.rbegin(), rev.rend());
  return t;
}

bool TyArena::isFun(const Ty* t, const Ty** a, const Ty** b) const {
  std::vector<const Ty*> args;
  const Ty* h = head(t, &args);
  if (h->tag != Ty::Tag::Con || h->con != builtins_.at("->") || args.size() != 2) return false;
  if (a) *a = args[0];
  if (b) *b = args[1];
  return true;
}

bool TyArena::occurs(const Ty* meta, const Ty* t) const {
  t = zonk(t);
  if (t == meta) return true;
  return t->tag == Ty::Tag::App && (occurs(meta, t->fun) || occurs(meta, t->arg));
}

void TyArena::adjustLevels(const Ty* t, int level) const {
  t = zonk(t);
  if (t->tag == Ty::Tag::Meta) {
    if (t->level > level) t->level = level;
  } else if (t->tag == Ty::Tag::App) {
    adjustLevels(t->fun, level);
    adjustLevels(t->arg, level);
  }
}

bool TyArena::unify(const Ty* expected, const Ty* actual, Mismatch* why) {
  const Ty* a = zonk(expected);
  const Ty* b = zonk(actual);
  if (a == b) return true;
  auto fail = [&](bool occursCheck) {
    if (why) *why = Mismatch{a, b, occursCheck};
    return false;
  };
  if (a->tag == Ty::Tag::Meta || b->tag == Ty::Tag::Meta) {
    // Two metas: bind the newer to the older, so solutions point backwards
    // and chains stay short.
    const Ty* m = a->tag == Ty::Tag::Meta ? a : b;
    if (a->tag == Ty::Tag::Meta && b->tag == Ty::Tag::Meta && b->id > a->id) m = b;
    const Ty* other = m == a ? b : a;
    if (occurs(m, other)) return fail(true);
    adjustLevels(other, m->level);
    m->solution = other;
    return true;
  }
  if (a->tag == Ty::Tag::App && b->tag == Ty::Tag::App) {
    if (!unify(a->fun, b->fun, why)) {
      // A mismatch in the heads (`[] Int` vs `(,) Int b`) is about the whole types.
      if (why && !why->occurs) *why = Mismatch{a, b, false};
      return false;
    }
    return unify(a->arg, b->arg, why);
  }
  if (a->tag == Ty::Tag::Con && b->tag == Ty::Tag::Con && a->con == b->con) return true;
  return fail(false);
}

const Ty* TyArena::substitute(const Ty* t, const absl::flat_hash_map<const Ty*, const Ty*>& s) {
  t = zonk(t);
  switch (t->tag) {
    case Ty::Tag::Var: {
      auto it = s.find(t);
      return it == s.end() ? t : it->second;
    }
    case Ty::Tag::App: {
      const Ty* f = substitute(t->fun, s);
      const Ty* x = substitute(t->arg, s);
      if (f == t->fun && x == t->arg) return t;
      const Ty* r = app(f, x);
      if (t->synonym != nullptr) {
        std::vector<const Ty*> args;
        for (const Ty* a : t->synonymArgs) args.push_back(substitute(a, s));
        r = synonymOf(t->synonym, std::move(args), r);
      }
      return r;
    }
    default:
      return t;
  }
}

const Ty* TyArena::instantiate(const Scheme& s, int level, std::vector<Pred>* preds) {
  absl::flat_hash_map<const Ty*, const Ty*> sub;
  for (const Ty* v : s.vars) sub[v] = meta(level, v->name + "0");
  if (preds)
    for (const Pred& p : s.context) preds->push_back(Pred{p.cls, substitute(p.type, sub)});
  return substitute(s.body, sub);
}

// Metas show as GHC shows them: their hint and a number counted within one
// rendering (a0, a1, t0).
std::string TyArena::renderPrec(const Ty* t, int prec,
                                absl::flat_hash_map<const Ty*, std::string>& metas, bool expand) const {
  // prec: 0 top, 1 function argument, 2 application argument.
  t = zonk(t);
  if (t->synonym != nullptr && !expand) {
    std::string s = t->synonym->name;
    for (const Ty* a : t->synonymArgs) absl::StrAppend(&s, " ", renderPrec(a, 2, metas, expand));
    return prec > 1 && !t->synonymArgs.empty() ? "(" + s + ")" : s;
  }
  switch (t->tag) {
    case Ty::Tag::Var: return t->name;
    case Ty::Tag::Meta: {
      auto it = metas.find(t);
      if (it != metas.end()) return it->second;
      int n = 0;
      for (const auto& [m, shown] : metas) (void)shown, n += m->name == t->name;  // same hint before
      // GHC shows instantiated variables as a0, a1 (hint "a0") and variables
      // of inference as t, t1, t2 (hint "t").
      std::string base = t->name;
      if (base.size() > 1 && base.back() == '0') {
        base.pop_back();
        return metas[t] = absl::StrCat(base, n);
      }
      return metas[t] = n == 0 ? base : absl::StrCat(base, n);
    }
    case Ty::Tag::Con: return t->con->name;
    case Ty::Tag::App: break;
  }
  std::vector<const Ty*> args;
  const Ty* h = head(t, &args);
  if (h->tag == Ty::Tag::Con) {
    const std::string& n = h->con->name;
    if (n == "->" && args.size() == 2) {
      std::string s = absl::StrCat(renderPrec(args[0], 1, metas, expand), " -> ", renderPrec(args[1], 0, metas, expand));
      return prec > 0 ? "(" + s + ")" : s;
    }
    if (n == "[]" && args.size() == 1) return absl::StrCat("[", renderPrec(args[0], 0, metas, expand), "]");
    if (n.size() > 2 && n[0] == '(' && n[1] == ',' && args.size() == n.size() - 1) {
      std::vector<std::string> parts;
      for (const Ty* a : args) parts.push_back(renderPrec(a, 0, metas, expand));
      return absl::StrCat("(", absl::StrJoin(parts, ", "), ")");
    }
  }
  std::string s = renderPrec(h, 2, metas, expand);
  for (const Ty* a : args) absl::StrAppend(&s, " ", renderPrec(a, 2, metas, expand));
  return prec > 1 ? "(" + s + ")" : s;
}

std::vector<std::string> TyArena::renderAll(const std::vector<const Ty*>& ts) const {
  absl::flat_hash_map<const Ty*, std::string> metas;
  std::vector<std::string> out;
  for (const Ty* t : ts) out.push_back(renderPrec(t, 0, metas));
  return out;
}

std::string TyArena::renderExpanded(const Ty* t) const {
  absl::flat_hash_map<const Ty*, std::string> metas;
  return renderPrec(t, 0, metas, true);
}

const Ty* TyArena::synonymOf(const Entity* syn, std::vector<const Ty*> args, const Ty* expansion) {
  expansion = zonk(expansion);
  if (expansion->tag == Ty::Tag::Var || expansion->tag == Ty::Tag::Meta) return expansion;
  Ty& t = types_.emplace_back(*expansion);  // a copy: Con nodes are shared
  t.synonym = syn;
  t.synonymArgs = std::move(args);
  return &t;
}

std::string TyArena::render(const Ty* t) const {
  absl::flat_hash_map<const Ty*, std::string> metas;
  return renderPrec(t, 0, metas);
}

std::string TyArena::render(const Pred& p) const {
  absl::flat_hash_map<const Ty*, std::string> metas;
  return absl::StrCat(p.cls->name, " ", renderPrec(p.type, 2, metas));
}

std::string TyArena::render(const Scheme& s) const {
  std::string body = render(s.body);
  if (s.context.empty()) return body;
  std::vector<std::string> ps;
  for (const Pred& p : s.context) ps.push_back(render(p));
  std::string ctx = ps.size() == 1 ? ps[0] : absl::StrCat("(", absl::StrJoin(ps, ", "), ")");
  return absl::StrCat(ctx, " => ", body);
}

}  // namespace core
