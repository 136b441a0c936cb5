// Pattern matching: equations to case trees.
#include <algorithm>

#include "core/desugar_impl.h"
#include "core/utf8.h"

namespace core {

// Note [Match compilation]
// ~~~~~~~~~~~~~~~~~~~~~~~~
// The equations of a function, the alternatives of a case, a lambda's or a
// binding's pattern are compiled column by column into one case tree (the
// algorithm of chapter 5 of "The Implementation of Functional Programming
// Languages", as GHC's desugarer does it):
//  * each equation's first pattern is tidied against the scrutinee variable:
//    a variable or as-pattern makes its name an alias of the scrutinee, a
//    lazy pattern let-binds its variables to selections that match only when
//    demanded, a newtype constructor disappears (Note [Newtypes]), records,
//    tuples, list and string literals become constructor patterns;
//  * the equations are cut into maximal blocks whose first patterns are all
//    wildcards, all constructors, all literals of a built-in type, or all
//    overloaded literals (compared with (==));
//  * the blocks are matched last to first, each falling through to the next:
//    the fall-through expression is let-bound once when it is not trivial;
//  * a constructor block is one case: each constructor's sub-patterns become
//    new columns in front of the rest; a default alternative falls through
//    when the block does not cover every constructor of the type.
// Every right-hand side appears exactly once in the tree and no pattern is
// tested twice on the same path. Guards fall through the same way (rhs()).

namespace {

enum class PatClass { Wild, Con, Lit, OverLit };

Pat* stripParens(Pat* p) {
  while (p->kind == Pat::Kind::Paren) p = p->p1;
  return p;
}

}  // namespace

CoreExpr* Desugarer::Impl::clone(const CoreExpr* e) {
  CoreExpr* c = A.expr(e->kind);
  *c = *e;
  for (CoreExpr*& a : c->args) a = clone(a);
  if (c->body && (e->kind == CoreExpr::Kind::App)) c->body = clone(c->body);
  return c;
}

CoreExpr* Desugarer::Impl::shared(CoreExpr* e, const std::function<CoreExpr*(CoreExpr*)>& k, const char* name) {
  bool cheap = e->kind == CoreExpr::Kind::Var || e->kind == CoreExpr::Kind::Lit ||
               (e->kind == CoreExpr::Kind::PrimOp &&
                std::all_of(e->args.begin(), e->args.end(), [](const CoreExpr* a) { return a->kind == CoreExpr::Kind::Lit; }));
  if (cheap) return k(e);
  CoreVar* v = fresh(name);
  CoreExpr* body = k(var(v));
  // An equation that cannot fail never uses its fall-through; one used once,
  // outside any lambda, is put in place (no work is duplicated).
  std::vector<CoreExpr*> uses;
  bool underLambda = false;
  findUses(body, v, false, uses, underLambda);
  if (uses.empty()) return body;
  if (uses.size() == 1 && !underLambda) {
    *uses[0] = *e;
    return body;
  }
  return let(v, e, body);
}

void Desugarer::Impl::findUses(CoreExpr* root, const CoreVar* v, bool inLam, std::vector<CoreExpr*>& uses,
                               bool& underLambda) {
  std::vector<std::pair<CoreExpr*, bool>> todo{{root, inLam}};  // no recursion: Core can nest deeply
  while (!todo.empty()) {
    auto [e, lam] = todo.back();
    todo.pop_back();
    if (e->kind == CoreExpr::Kind::Var && e->var == v) {
      uses.push_back(e);
      underLambda = underLambda || lam;
      continue;
    }
    bool lamHere = lam || e->kind == CoreExpr::Kind::Lam;
    if (e->body) todo.push_back({e->body, lamHere});
    for (CoreExpr* a : e->args) todo.push_back({a, lamHere});
    for (CoreBind& b : e->binds) todo.push_back({b.rhs, lamHere});
    for (CoreAlt& a : e->alts) todo.push_back({a.rhs, lamHere});
  }
}

std::vector<const Entity*> Desugarer::Impl::patVars(Pat* p) {
  std::vector<const Entity*> out;
  std::vector<Pat*> todo{p};
  while (!todo.empty()) {
    Pat* q = todo.back();
    todo.pop_back();
    if (q == nullptr) continue;
    if ((q->kind == Pat::Kind::Var || q->kind == Pat::Kind::As) && q->name.ref) out.push_back(q->name.ref);
    for (auto it = q->fields.rbegin(); it != q->fields.rend(); ++it) todo.push_back(it->pat);
    todo.push_back(q->p2);
    todo.push_back(q->p1);
    for (auto it = q->args.rbegin(); it != q->args.rend(); ++it) todo.push_back(*it);
  }
  return out;
}

// Let-binds the variables of a lazy pattern ~p matched against `scrut`: each
// is a selection that matches p when (and only when) the variable is used.
static std::vector<CoreBind> lazyBinds(Desugarer::Impl& D, CoreVar* scrut, Pat* p, const SrcSpan& at) {
  std::vector<const Entity*> xs = D.patVars(p);
  std::vector<CoreVar*> own;
  for (const Entity* x : xs) own.push_back(D.fresh(x->name));
  std::vector<CoreBind> binds;
  for (size_t i = 0; i < xs.size(); ++i) {
    const Entity* x = xs[i];
    CoreExpr* sel = D.matchOne(scrut, p, [&D, x](CoreExpr*) { return D.var(D.vars[x]); },
                               D.failWith(at, "Non-exhaustive patterns in " + D.sourceText(p->span)));
    binds.push_back(CoreBind{own[i], sel});
  }
  for (size_t j = 0; j < xs.size(); ++j) D.vars[xs[j]] = own[j];
  return binds;
}

namespace {

struct Tidied {
  PatClass cls = PatClass::Wild;
  Pat* pat = nullptr;             // Con: a Con pattern with positional args; Lit/OverLit: the literal
  const Entity* con = nullptr;    // Con
  std::vector<Pat*> args;         // Con
  LitType litType = LitType::Int; // Lit
  std::string key;                // Lit, OverLit: the value, for grouping
};

}  // namespace

// Tidies the first pattern of `eq` against `v` (see Note [Match compilation]).
static Tidied tidy(Desugarer::Impl& D, CoreVar* v, Pat* p, Equation& eq) {
  Tidied t;
  for (;;) {
    p = stripParens(p);
    switch (p->kind) {
      case Pat::Kind::Wild: return t;
      case Pat::Kind::Var:
        if (p->name.ref) D.vars[p->name.ref] = v;
        return t;
      case Pat::Kind::As:
        if (p->name.ref) D.vars[p->name.ref] = v;
        p = p->p1;
        continue;
      case Pat::Kind::Lazy: {
        Pat* inner = p->p1;
        SrcSpan at = p->span;
        auto old = eq.rhs;
        Desugarer::Impl* self = &D;
        eq.rhs = [self, v, inner, at, old](CoreExpr* fail) {
          std::vector<CoreBind> binds = lazyBinds(*self, v, inner, at);
          CoreExpr* body = old(fail);
          for (auto it = binds.rbegin(); it != binds.rend(); ++it) body = self->let(it->var, it->rhs, body);
          return body;
        };
        return t;
      }
      case Pat::Kind::Con: case Pat::Kind::ConOp: case Pat::Kind::Record: {
        const Entity* k = p->name.ref;
        std::vector<Pat*> args = p->args;
        if (p->kind == Pat::Kind::ConOp) args = {p->p1, p->p2};
        if (p->kind == Pat::Kind::Record && k) {
          const std::vector<const Entity*>& fs = D.conFields[k];
          args.assign(fs.size(), nullptr);
          for (FieldPat& f : p->fields)
            for (size_t i = 0; i < fs.size(); ++i)
              if (fs[i] && fs[i] == f.field.ref) args[i] = f.pat;
          for (Pat*& a : args)
            if (a == nullptr) a = D.patArena.make<Pat>(Pat::Kind::Wild);
        }
        if (k && D.newtypeCons.contains(k)) {  // Note [Newtypes]
          if (args.empty()) return t;
          p = args[0];
          continue;
        }
        t.cls = PatClass::Con;
        t.con = k;
        t.args = std::move(args);
        t.pat = p;
        return t;
      }
      case Pat::Kind::Tuple: {
        t.cls = PatClass::Con;
        auto it = D.builtins.find("v (" + std::string(p->args.size() - 1, ',') + ")");
        t.con = it == D.builtins.end() ? nullptr : it->second;
        t.args = p->args;
        t.pat = p;
        return t;
      }
      case Pat::Kind::List: {  // [p1, ..., pn] = p1 : ... : pn : []
        Pat* list = D.patArena.make<Pat>(Pat::Kind::Con);
        list->name.ref = D.builtins.at("v []");
        list->span = p->span;
        for (auto it = p->args.rbegin(); it != p->args.rend(); ++it) {
          Pat* c = D.patArena.make<Pat>(Pat::Kind::Con);
          c->name.ref = D.builtins.at("v :");
          c->args = {*it, list};
          c->span = p->span;
          list = c;
        }
        p = list;
        continue;
      }
      case Pat::Kind::Lit: {
        if (p->lit.kind == Literal::Kind::String) {  // "ab" = 'a' : 'b' : []
          std::vector<char32_t> cps;
          for (size_t i = 0; i < p->lit.str.size();) cps.push_back(decodeUtf8(p->lit.str, i));
          Pat* list = D.patArena.make<Pat>(Pat::Kind::Con);
          list->name.ref = D.builtins.at("v []");
          for (auto it = cps.rbegin(); it != cps.rend(); ++it) {
            Pat* ch = D.patArena.make<Pat>(Pat::Kind::Lit);
            ch->lit.kind = Literal::Kind::Char;
            ch->lit.ch = *it;
            if (*it >= 0x20 && *it < 0x7f && *it != '\'' && *it != '\\')
              ch->lit.text = absl::StrCat("'", std::string(1, static_cast<char>(*it)), "'");
            else
              ch->lit.text = absl::StrCat("'\\", static_cast<uint32_t>(*it), "'");
            Pat* c = D.patArena.make<Pat>(Pat::Kind::Con);
            c->name.ref = D.builtins.at("v :");
            c->args = {ch, list};
            list = c;
          }
          p = list;
          continue;
        }
        t.pat = p;
        if (p->lit.kind == Literal::Kind::Char) {
          t.cls = PatClass::Lit;
          t.litType = LitType::Char;
          t.key = absl::StrCat("c", static_cast<uint32_t>(p->lit.ch));
          return t;
        }
        CoreExpr* l = D.literal(p->lit, p, p->negative, p->span);
        if (l->kind == CoreExpr::Kind::Lit) {
          t.cls = PatClass::Lit;
          t.litType = l->litType;
          t.key = l->lit.text;
        } else {
          t.cls = PatClass::OverLit;
          t.key = absl::StrCat(p->negative ? "-" : "", p->lit.text);
        }
        return t;
      }
      case Pat::Kind::Paren: case Pat::Kind::Infix:
        return t;
    }
  }
}

CoreExpr* Desugarer::Impl::matchOne(CoreVar* scrut, Pat* p, std::function<CoreExpr*(CoreExpr*)> body,
                                    CoreExpr* fail) {
  std::vector<Equation> eqs{Equation{{p}, std::move(body)}};
  return match({scrut}, std::move(eqs), fail);
}

CoreExpr* Desugarer::Impl::match(std::vector<CoreVar*> scruts, std::vector<Equation> eqs, CoreExpr* fail) {
  if (eqs.empty()) return fail;
  if (scruts.empty()) {  // every pattern matched: the first right-hand side, falling through to the next
    CoreExpr* result = fail;
    for (auto it = eqs.rbegin(); it != eqs.rend(); ++it) {
      Equation& eq = *it;
      result = shared(result, [&eq](CoreExpr* f) { return eq.rhs(f); });
    }
    return result;
  }
  CoreVar* v = scruts[0];
  std::vector<CoreVar*> rest(scruts.begin() + 1, scruts.end());
  std::vector<Tidied> firsts;
  for (Equation& eq : eqs) firsts.push_back(tidy(*this, v, eq.pats[0], eq));
  // Blocks of equal class, matched last to first.
  std::vector<std::pair<size_t, size_t>> blocks;  // [from, to)
  for (size_t i = 0; i < eqs.size(); ++i) {
    if (blocks.empty() || firsts[blocks.back().first].cls != firsts[i].cls) blocks.push_back({i, i + 1});
    else blocks.back().second = i + 1;
  }
  CoreExpr* result = fail;
  for (auto b = blocks.rbegin(); b != blocks.rend(); ++b) {
    size_t from = b->first, to = b->second;
    PatClass cls = firsts[from].cls;
    result = shared(result, [&, from, to, cls](CoreExpr* f) -> CoreExpr* {
      auto dropFirst = [&](size_t i, std::vector<Pat*> front) {
        Equation e;
        e.pats = std::move(front);
        e.pats.insert(e.pats.end(), eqs[i].pats.begin() + 1, eqs[i].pats.end());
        e.rhs = eqs[i].rhs;
        return e;
      };
      switch (cls) {
        case PatClass::Wild: {
          std::vector<Equation> sub;
          for (size_t i = from; i < to; ++i) sub.push_back(dropFirst(i, {}));
          return match(rest, std::move(sub), clone(f));
        }
        case PatClass::Con: {
          std::vector<const Entity*> order;
          absl::flat_hash_map<const Entity*, std::vector<Equation>> byCon;
          for (size_t i = from; i < to; ++i) {
            const Entity* k = firsts[i].con;
            if (!byCon.contains(k)) order.push_back(k);
            byCon[k].push_back(dropFirst(i, firsts[i].args));
          }
          std::vector<CoreAlt> alts;
          for (const Entity* k : order) {
            if (k == nullptr) continue;
            const DataCon* dc = conFor(k);
            CoreAlt alt;
            alt.kind = CoreAlt::Kind::Con;
            alt.con = dc;
            // Name the fields after the first equation's variables where it has them.
            const std::vector<Equation>& sub = byCon[k];
            for (uint32_t j = 0; j < dc->arity; ++j) {
              std::string name = "ds";
              if (!sub.empty() && j < sub[0].pats.size() && sub[0].pats[j]) {
                Pat* q = stripParens(sub[0].pats[j]);
                if (q->kind == Pat::Kind::Var || q->kind == Pat::Kind::As) name = q->name.name;
              }
              alt.binders.push_back(fresh(name));
            }
            std::vector<CoreVar*> cols = alt.binders;
            cols.insert(cols.end(), rest.begin(), rest.end());
            std::vector<Equation> subEqs = std::move(byCon[k]);
            for (Equation& e : subEqs) e.pats.resize(cols.size(), patArena.make<Pat>(Pat::Kind::Wild));
            alt.rhs = match(cols, std::move(subEqs), clone(f));
            alts.push_back(std::move(alt));
          }
          if (order.empty() || order[0] == nullptr || alts.size() < constructorsOfType(order[0])) {
            CoreAlt def;
            def.rhs = clone(f);
            alts.push_back(std::move(def));
          }
          return caseOf(var(v), nullptr, std::move(alts));
        }
        case PatClass::Lit: {
          std::vector<std::string> order;
          absl::flat_hash_map<std::string, std::vector<Equation>> byLit;
          absl::flat_hash_map<std::string, size_t> first;
          for (size_t i = from; i < to; ++i) {
            if (!byLit.contains(firsts[i].key)) {
              order.push_back(firsts[i].key);
              first[firsts[i].key] = i;
            }
            byLit[firsts[i].key].push_back(dropFirst(i, {}));
          }
          std::vector<CoreAlt> alts;
          for (const std::string& key : order) {
            const Tidied& t = firsts[first[key]];
            CoreAlt alt;
            alt.kind = CoreAlt::Kind::Lit;
            alt.litType = t.litType;
            alt.lit = t.pat->lit;
            if (t.litType != LitType::Char) alt.lit.text = key;
            alt.rhs = match(rest, std::move(byLit[key]), clone(f));
            alts.push_back(std::move(alt));
          }
          CoreAlt def;
          def.rhs = clone(f);
          alts.push_back(std::move(def));
          return caseOf(var(v), nullptr, std::move(alts));
        }
        case PatClass::OverLit: {
          // if v == lit1 then ... else if v == lit2 then ... else fail
          CoreExpr* r = clone(f);
          size_t i = to;
          while (i > from) {
            size_t j = i - 1;
            while (j > from && firsts[j - 1].key == firsts[i - 1].key) --j;
            std::vector<Equation> sub;
            for (size_t k = j; k < i; ++k) sub.push_back(dropFirst(k, {}));
            Pat* lp = firsts[j].pat;
            std::vector<EvId> evs;
            if (auto it = elab.atNode.find(lp); it != elab.atNode.end()) evs = it->second;
            CoreExpr* eq = wiredVar("==", lp->span);
            if (evs.size() >= 2) eq = applyEvidence(eq, {evs[1]}, lp->span);
            CoreExpr* test = app(eq, {var(v), literal(lp->lit, lp, lp->negative, lp->span)}, lp->span);
            r = shared(r, [&](CoreExpr* g) { return ifThenElse(test, match(rest, std::move(sub), clone(g)), clone(g), lp->span); });
            i = j;
          }
          return r;
        }
      }
      return clone(f);
    });
  }
  return result;
}

}  // namespace core
