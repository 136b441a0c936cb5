#include "core/typecheck.h"

#include <algorithm>
#include <deque>
#include <functional>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "core/ast_printer.h"
#include "core/scc.h"
#include "core/source_file.h"

namespace core {

namespace {

struct Wanted {
  Pred pred;
  SrcSpan at;
  std::string origin;  // "a use of ‘show’", "the literal ‘1’"
  EvId ev = 0;         // Note [Dictionary evidence]
};

// A predicate that holds inside a binding, with its evidence.
struct Given {
  Pred pred;
  EvId ev = 0;
};

struct ClassInfo {
  const Entity* cls = nullptr;
  const Ty* param = nullptr;
  std::vector<const Entity*> supers;
};

struct InstanceInfo {
  const Entity* cls = nullptr;
  const Entity* tycon = nullptr;
  std::vector<const Ty*> vars;
  std::vector<Pred> context;
};

struct SynonymInfo {
  std::vector<const Entity*> params;
  Type* rhs = nullptr;
};

bool isNumericClass(const std::string& n) {
  return n == "Num" || n == "Real" || n == "Integral" || n == "Fractional" || n == "Floating" ||
         n == "RealFrac" || n == "RealFloat";
}

}  // namespace

struct TypeChecker::State {
  Renamer& rn;
  TyArena& T;
  absl::flat_hash_map<const Entity*, Scheme> schemes;   // globals and let-bound locals
  absl::flat_hash_map<const Entity*, const Ty*> monos;  // lambda- and pattern-bound locals
  bool recordTypes = false;
  absl::flat_hash_map<const Expr*, const Ty*> exprTypes;  // with recordTypes
  absl::flat_hash_map<const Entity*, ClassInfo> classes;
  absl::flat_hash_map<const Entity*, std::vector<InstanceInfo>> instances;
  absl::flat_hash_map<const Entity*, SynonymInfo> synonyms;
  absl::flat_hash_map<std::string, const Entity*> known;  // "Num", "Char", "negate", ...
  absl::flat_hash_map<const Entity*, absl::flat_hash_set<const Entity*>> conFields;  // constructor -> its fields
  std::vector<const Ty*> defaults;  // the module's default types
  std::deque<Entity> ifaceTyVars;   // synonym parameters read from interfaces
  int level = 0;
  std::vector<Wanted> wanted;
  std::vector<std::vector<Given>> givens;
  Elaboration elab;
  std::vector<Diagnostic> errors;
  std::string module;

  State(Renamer& r, TyArena& t) : rn(r), T(t) {}

  // ---- errors ----------------------------------------------------------------
  void error(const SrcSpan& at, std::string msg, std::vector<std::string> notes = {}) {
    errors.push_back(Diagnostic{Severity::Error, at, std::move(msg), std::move(notes)});
  }
  // "No instance for (C t) arising from ...": the origin goes on its own line
  // when the whole would not fit, as GHC's layout does.
  void noInstance(const Wanted& w) {
    std::string head = absl::StrCat("No instance for (", T.render(w.pred), ")");
    std::string origin = absl::StrCat("arising from ", w.origin);
    if (head.size() + 1 + origin.size() <= 78) error(w.at, absl::StrCat(head, " ", origin));
    else error(w.at, head, {"  " + origin});
    // The origin names the occurrence; only the equation is added.
    for (std::string& n : context(w.at, /*withExpression=*/false)) errors.back().notes.push_back(std::move(n));
  }
  std::string q(const Ty* t) const { return quoted(T.render(t)); }

  // The innermost bindings being checked, for "In an equation for ‘f’".
  std::vector<const Decl*> enclosing;

  // GHC's context lines under a type error: the expression (when it fits on
  // its line) and the equation it is in.
  std::vector<std::string> context(const SrcSpan& at, bool withExpression = true) const {
    std::vector<std::string> out;
    const SourceFile* f = sourceFile(at.file);
    if (withExpression && f && at.start.line == at.end.line && at.end.col > at.start.col) {
      std::string_view line = f->lineText(at.start.line);
      size_t from = at.start.col - 1, len = at.end.col - at.start.col;
      bool plain = line.find('\t') == std::string_view::npos &&
                   std::all_of(line.begin(), line.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      if (plain && from + len <= line.size() && len <= 60)
        out.push_back(absl::StrCat("In the expression: ", std::string(line.substr(from, len))));
    }
    if (!enclosing.empty() && enclosing.back()->kind == Decl::Kind::FunBind)
      out.push_back(absl::StrCat("In an equation for ", quoted(enclosing.back()->name.name)));
    return out;
  }

  void unifyAt(const Ty* expected, const Ty* actual, const SrcSpan& at) {
    TyArena::Mismatch why;
    if (T.unify(expected, actual, &why)) return;
    size_t before = errors.size();
    reportMismatch(expected, actual, at, why);
    if (errors.size() > before)
      for (std::string& n : context(at)) errors.back().notes.push_back(std::move(n));
  }

  void reportMismatch(const Ty* expected, const Ty* actual, const SrcSpan& at, const TyArena::Mismatch& why) {
    const Ty* e = TyArena::zonk(expected);
    const Ty* a = TyArena::zonk(actual);
    std::vector<std::string> r = T.renderAll({why.expected, why.actual, e, a});
    if ((e->synonym || a->synonym) && !why.occurs) {
      // As written, the types differ from their expansions: GHC names the
      // expanded clash first, then the types as written.
      error(at, absl::StrCat("Couldn't match type ", quoted(T.renderExpanded(why.actual)), " with ",
                             quoted(T.renderExpanded(why.expected))),
            {absl::StrCat("Expected: ", r[2]), absl::StrCat("  Actual: ", r[3])});
      return;
    }
    if (why.occurs) {  // GHC 9.0 leads with the mismatch, then names the occurs check
      error(at, absl::StrCat("Couldn't match expected type ", quoted(r[0]), " with actual type ",
                             quoted(r[1])),
            {absl::StrCat("Occurs check: cannot construct the infinite type: ", r[0], " ~ ", r[1])});
      return;
    }
    if ((why.expected == e && why.actual == a) || (why.expected == a && why.actual == e)) {
      if (e->tag == Ty::Tag::App && a->tag == Ty::Tag::App) {  // GHC's form for two applications
        error(at, absl::StrCat("Couldn't match expected type: ", r[2]),
              {absl::StrCat("            with actual type: ", r[3])});
      } else {
        error(at, absl::StrCat("Couldn't match expected type ", quoted(r[2]), " with actual type ", quoted(r[3])));
      }
    } else {
      error(at, absl::StrCat("Couldn't match type ", quoted(T.renderExpanded(why.actual)), " with ",
                             quoted(T.renderExpanded(why.expected))),
            {absl::StrCat("Expected: ", r[2]), absl::StrCat("  Actual: ", r[3])});
    }
  }

  // ---- known entities ------------------------------------------------------------
  void learnKnown(const ModIface& iface) {
    for (const Entity* e : iface.exports)
      if (!known.contains(e->name)) known[e->name] = e;
  }
  const Entity* knownEntity(const std::string& name) const {
    auto it = known.find(name);
    return it == known.end() ? nullptr : it->second;
  }
  const Ty* knownType(const std::string& name) {
    const Entity* e = knownEntity(name);
    return e ? T.con(e) : T.meta(level);
  }
  // Wants `cls t`; the evidence id goes to the node's list (when given).
  void want(const std::string& cls, const Ty* t, const SrcSpan& at, std::string origin,
            const void* node = nullptr) {
    if (const Entity* c = knownEntity(cls); c && c->kind == EntityKind::Class) {
      wanted.push_back(wantedOf(Pred{c, t}, at, std::move(origin)));
      if (node) elab.atNode[node].push_back(wanted.back().ev);
    }
  }

  // ---- evidence (Note [Dictionary evidence]) -------------------------------------------
  EvId newEv(const Pred& p) {
    EvTerm t;
    t.pred = p;
    elab.ev.push_back(std::move(t));
    return static_cast<EvId>(elab.ev.size() - 1);
  }
  Wanted wantedOf(Pred p, const SrcSpan& at, std::string origin) {
    EvId ev = newEv(p);
    return Wanted{p, at, std::move(origin), ev};
  }
  void solve(EvId id, EvTerm t) {
    if (id == 0) return;
    t.pred = elab.ev[id].pred;
    elab.ev[id] = std::move(t);
  }
  void solveSame(EvId id, EvId other) {
    if (id == other) return;
    EvTerm t;
    t.kind = EvTerm::Kind::Same;
    t.from = other;
    solve(id, std::move(t));
  }
  // Dictionary parameters for a context: fresh evidence, solved as Param.
  std::vector<Given> paramsFor(const std::vector<Pred>& ps) {
    std::vector<Given> out;
    for (const Pred& p : ps) {
      EvId ev = newEv(p);
      elab.ev[ev].kind = EvTerm::Kind::Param;
      out.push_back(Given{p, ev});
    }
    return out;
  }
  static std::vector<EvId> evsOf(const std::vector<Given>& gs) {
    std::vector<EvId> out;
    for (const Given& g : gs) out.push_back(g.ev);
    return out;
  }
  static std::vector<Pred> predsOf(const std::vector<Given>& gs) {
    std::vector<Pred> out;
    for (const Given& g : gs) out.push_back(g.pred);
    return out;
  }

  // Finds `p` among `gs` or their superclasses and records the path as `ev`'s
  // evidence (a chain of Super selections).
  bool solveFrom(const std::vector<Given>& gs, const Pred& p, EvId ev) {
    struct Node {
      Pred pred;
      EvId ev;
      int parent;
      uint32_t superIndex;
    };
    std::vector<Node> nodes;
    for (const Given& g : gs) nodes.push_back(Node{g.pred, g.ev, -1, 0});
    absl::flat_hash_set<std::pair<const Entity*, const Ty*>> seen;
    const Ty* pt = TyArena::zonk(p.type);
    for (size_t i = 0; i < nodes.size(); ++i) {
      Pred g = nodes[i].pred;
      const Ty* gt = TyArena::zonk(g.type);
      if (!seen.insert({g.cls, gt}).second) continue;
      if (g.cls == p.cls && sameType(gt, pt)) {
        solveSame(ev, materialize(nodes, i));
        return true;
      }
      auto ci = classes.find(g.cls);
      if (ci == classes.end()) continue;
      for (uint32_t k = 0; k < ci->second.supers.size(); ++k)
        nodes.push_back(Node{Pred{ci->second.supers[k], gt}, 0, static_cast<int>(i), k});
    }
    return false;
  }
  template <class Nodes>
  EvId materialize(Nodes& nodes, size_t i) {
    if (nodes[i].parent < 0) return nodes[i].ev;
    EvId from = materialize(nodes, static_cast<size_t>(nodes[i].parent));
    EvId id = newEv(nodes[i].pred);
    EvTerm t;
    t.kind = EvTerm::Kind::Super;
    t.from = from;
    t.superIndex = nodes[i].superIndex;
    solve(id, std::move(t));
    nodes[i].ev = id;
    nodes[i].parent = -1;
    return id;
  }
  bool solveFromGivens(const Pred& p, EvId ev) {
    for (auto it = givens.rbegin(); it != givens.rend(); ++it)
      if (solveFrom(*it, p, ev)) return true;
    return false;
  }

  // ---- types from the syntax tree --------------------------------------------------
  using VarMap = absl::flat_hash_map<const Entity*, const Ty*>;

  const Ty* fromAst(Type* t, VarMap& vars, std::vector<const Ty*>* order = nullptr) {
    switch (t->kind) {
      case Type::Kind::Var: {
        const Entity* e = t->name.ref;
        auto it = vars.find(e);
        if (it != vars.end()) return it->second;
        const Ty* v = T.var(t->name.name);
        vars[e] = v;
        if (order) order->push_back(v);
        return v;
      }
      case Type::Kind::Con: return conOrSynonym(t->name.ref, {}, vars, order);
      case Type::Kind::App: {
        std::vector<const Ty*> args;
        for (Type* a : t->args) args.push_back(fromAst(a, vars, order));
        Type* h = t->t1;
        while (h->kind == Type::Kind::Paren) h = h->t1;
        if (h->kind == Type::Kind::Con) return conOrSynonym(h->name.ref, args, vars, order);
        return T.apps(fromAst(t->t1, vars, order), args);
      }
      case Type::Kind::Fun: return T.fun(fromAst(t->t1, vars, order), fromAst(t->t2, vars, order));
      case Type::Kind::List: return T.list(fromAst(t->t1, vars, order));
      case Type::Kind::Tuple: {
        std::vector<const Ty*> ts;
        for (Type* a : t->args) ts.push_back(fromAst(a, vars, order));
        return T.tuple(ts);
      }
      case Type::Kind::Paren: case Type::Kind::Bang: return fromAst(t->t1, vars, order);
    }
    return T.meta(level);
  }

  const Ty* conOrSynonym(const Entity* e, const std::vector<const Ty*>& args, VarMap& vars,
                         std::vector<const Ty*>* order) {
    if (e == nullptr) return T.meta(level);
    auto syn = synonyms.find(e);
    if (syn != synonyms.end() && args.size() >= syn->second.params.size()) {
      VarMap inner = vars;
      for (size_t i = 0; i < syn->second.params.size(); ++i) inner[syn->second.params[i]] = args[i];
      const Ty* body = fromAst(syn->second.rhs, inner, order);
      size_t n = syn->second.params.size();
      std::vector<const Ty*> used(args.begin(), args.begin() + n);
      std::vector<const Ty*> rest(args.begin() + n, args.end());
      return T.apps(T.synonymOf(e, used, body), rest);
    }
    return T.apps(T.con(e), args);
  }

  Scheme schemeOf(QualType* q, VarMap vars = {}) {
    Scheme s;
    std::vector<const Ty*> order;
    s.body = fromAst(q->type, vars, &order);
    for (Assertion& a : q->context)
      if (a.cls.ref && !a.args.empty()) s.context.push_back(Pred{a.cls.ref, fromAst(a.args[0], vars, &order)});
    s.vars = order;
    return s;
  }

  // ---- declarations: types, classes, instances ------------------------------------------
  void declareTypes(Module& m) {
    for (Decl* d : m.decls)
      if (d->kind == Decl::Kind::TypeSyn && d->name.ref) {
        SynonymInfo& s = synonyms[d->name.ref];
        for (Name& v : d->tyvars) s.params.push_back(v.ref);
        s.rhs = d->type;
      }
    for (Decl* d : m.decls) {
      if ((d->kind == Decl::Kind::Data || d->kind == Decl::Kind::Newtype) && d->name.ref) declareData(d);
      if (d->kind == Decl::Kind::Class && d->name.ref) declareClass(d);
      if (d->kind == Decl::Kind::Default) {
        defaults.clear();
        for (Type* t : d->types) {
          VarMap none;
          defaults.push_back(fromAst(t, none));
        }
      }
    }
    for (Decl* d : m.decls)
      if (d->kind == Decl::Kind::Instance && d->name.ref && d->name.ref->kind == EntityKind::Class)
        declareInstance(d);
    for (Decl* d : m.decls)
      if (d->kind == Decl::Kind::TypeSig)
        for (Name& n : d->names)
          if (n.ref) schemes[n.ref] = schemeOf(d->sig);
  }

  void declareData(Decl* d) {
    VarMap vars;
    std::vector<const Ty*> params;
    for (Name& v : d->tyvars) {
      const Ty* tv = T.var(v.name);
      vars[v.ref] = tv;
      params.push_back(tv);
    }
    const Ty* result = T.apps(T.con(d->name.ref), params);
    for (ConDecl* c : d->cons) {
      std::vector<const Ty*> fields;
      for (Type* a : c->args) fields.push_back(fromAst(a, vars));
      for (ConField& f : c->fields) {
        const Ty* ft = fromAst(f.type, vars);
        for (Name& fn : f.names) {
          if (c->name.ref && fn.ref) conFields[c->name.ref].insert(fn.ref);
          fields.push_back(ft);
          if (fn.ref && !schemes.contains(fn.ref)) schemes[fn.ref] = Scheme{params, {}, T.fun(result, ft)};
        }
      }
      const Ty* t = result;
      for (auto it = fields.rbegin(); it != fields.rend(); ++it) t = T.fun(*it, t);
      if (c->name.ref) schemes[c->name.ref] = Scheme{params, {}, t};
    }
    for (Name& cls : d->deriving) {  // Note [Type inference]: derived contexts approximated
      if (!cls.ref || cls.ref->kind != EntityKind::Class) continue;
      std::string what = absl::StrCat(cls.ref->name, " ", d->name.name);
      static const absl::flat_hash_set<std::string> derivable{"Eq", "Ord", "Show", "Read", "Enum", "Bounded", "Ix"};
      if (!derivable.contains(cls.ref->name)) {
        error(cls.span, absl::StrCat("Can't make a derived instance of ", quoted(what), ":"),
              {absl::StrCat(quoted(cls.ref->name), " is not a stock derivable class (Eq, Show, etc.)")});
        continue;
      }
      bool enumeration = std::all_of(d->cons.begin(), d->cons.end(), [](const ConDecl* c) {
        return c->args.empty() && c->fields.empty();
      });
      if (cls.ref->name == "Enum" && !enumeration) {
        error(cls.span, absl::StrCat("Can't make a derived instance of ", quoted(what), ":"),
              {absl::StrCat(quoted(d->name.name), " must be an enumeration type"),
               "(an enumeration consists of one or more nullary, non-GADT constructors)"});
        continue;
      }
      derivedFieldChecks.push_back(DerivedCheck{cls.ref, d, cls.span});
      InstanceInfo inst{cls.ref, d->name.ref, params, {}};
      for (const Ty* p : params) inst.context.push_back(Pred{cls.ref, p});
      instances[cls.ref].push_back(inst);
    }
  }

  void declareClass(Decl* d) {
    ClassInfo& ci = classes[d->name.ref];
    ci.cls = d->name.ref;
    ci.param = T.var(d->tyvars.empty() ? "a" : d->tyvars[0].name);
    for (Assertion& a : d->context)
      if (a.cls.ref) ci.supers.push_back(a.cls.ref);
    elab.supers[ci.cls] = ci.supers;
    for (Decl* b : d->body) {
      if (b->kind != Decl::Kind::TypeSig) continue;
      VarMap vars;
      if (!d->tyvars.empty() && d->tyvars[0].ref) vars[d->tyvars[0].ref] = ci.param;
      Scheme s = schemeOf(b->sig, vars);
      if (!mentions(s.body, ci.param)) {  // the class variable must appear (ambiguity check)
        for (Name& n : b->names)
          error(n.span, absl::StrCat("Could not deduce (", d->name.ref->name, " ", ci.param->name, "0)"),
                {absl::StrCat("from the context: ", d->name.ref->name, " ", ci.param->name),
                 absl::StrCat("The type variable ", quoted(ci.param->name + "0"), " is ambiguous"),
                 absl::StrCat("In the ambiguity check for ", quoted(n.name))});
      }
      s.vars.insert(s.vars.begin(), ci.param);
      s.context.insert(s.context.begin(), Pred{d->name.ref, ci.param});
      for (Name& n : b->names)
        if (n.ref) schemes[n.ref] = s;
    }
  }

  // Haskell 98 instance heads: a type constructor (not a synonym) applied to
  // distinct type variables (report 4.3.2).
  bool legalInstanceHead(Type* t) {
    while (t->kind == Type::Kind::Paren) t = t->t1;
    Type* head = t->kind == Type::Kind::App ? t->t1 : t;
    while (head->kind == Type::Kind::Paren) head = head->t1;
    std::vector<Type*> args;
    if (t->kind == Type::Kind::App) args = t->args;
    if (t->kind == Type::Kind::List || t->kind == Type::Kind::Tuple || t->kind == Type::Kind::Fun) {
      if (t->kind == Type::Kind::List) args = {t->t1};
      else if (t->kind == Type::Kind::Fun) args = {t->t1, t->t2};
      else args = t->args;
    } else if (head->kind != Type::Kind::Con || (head->name.ref && synonyms.contains(head->name.ref))) {
      return false;
    }
    absl::flat_hash_set<const Entity*> seen;
    for (Type* a : args) {
      while (a->kind == Type::Kind::Paren) a = a->t1;
      if (a->kind != Type::Kind::Var || !seen.insert(a->name.ref).second) return false;
    }
    return true;
  }

  // The field types of a derived instance need the class too; checked once
  // every instance of the module is known.
  // Note [Derived instance contexts]
  // ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
  // A derived instance's context is inferred (report 11): it is what the
  // constructors' field types need, reduced to constraints on the type's
  // parameters. Types can use each other's derived instances, so all of a
  // module's derived contexts start empty and are recomputed until none
  // changes; a field constraint that reduces to something other than a
  // parameter (Show (Int -> Int)) is an error.
  struct DerivedCheck {
    const Entity* cls;
    Decl* data;
    SrcSpan at;
  };
  std::vector<DerivedCheck> derivedFieldChecks;

  // The field constraints of one derived instance, in terms of the instance's own variables.
  std::vector<Wanted> derivedWanted(const DerivedCheck& dc, const InstanceInfo& inst) {
    static const char* ordinals[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"};
    VarMap vars;
    for (size_t i = 0; i < dc.data->tyvars.size() && i < inst.vars.size(); ++i) vars[dc.data->tyvars[i].ref] = inst.vars[i];
    std::vector<Wanted> ws;
    for (ConDecl* c : dc.data->cons) {
      std::vector<Type*> fieldTypes = c->args;
      for (ConField& f : c->fields)
        for (size_t i = 0; i < f.names.size(); ++i) fieldTypes.push_back(f.type);
      for (size_t i = 0; i < fieldTypes.size(); ++i) {
        const Ty* ft = fromAst(fieldTypes[i], vars);
        std::string origin = absl::StrCat("the ", i < 8 ? ordinals[i] : "next", " field of ",
                                          quoted(c->name.name), " (type ", quoted(T.render(ft)), ")");
        ws.push_back(wantedOf(Pred{dc.cls, ft}, dc.at, origin));
      }
    }
    return ws;
  }

  InstanceInfo* instanceOf(const Entity* cls, const Entity* tycon) {
    for (InstanceInfo& i : instances[cls])
      if (i.tycon == tycon) return &i;
    return nullptr;
  }

  void checkDerivedFields() {  // See Note [Derived instance contexts]
    for (const DerivedCheck& dc : derivedFieldChecks)
      if (InstanceInfo* inst = instanceOf(dc.cls, dc.data->name.ref)) inst->context.clear();
    for (int round = 0; round < 20; ++round) {
      bool changed = false;
      for (const DerivedCheck& dc : derivedFieldChecks) {
        InstanceInfo* inst = instanceOf(dc.cls, dc.data->name.ref);
        if (inst == nullptr) continue;
        std::vector<Wanted> failures;
        std::vector<Pred> ctx;
        for (Wanted& w : reduce(derivedWanted(dc, *inst), &failures))
          if (TyArena::zonk(w.pred.type)->tag == Ty::Tag::Var) ctx.push_back(w.pred);
        ctx = simplify(ctx);
        bool same = ctx.size() == inst->context.size();
        for (size_t i = 0; same && i < ctx.size(); ++i)
          same = std::any_of(inst->context.begin(), inst->context.end(), [&](const Pred& p) {
            return p.cls == ctx[i].cls && sameType(p.type, ctx[i].type);
          });
        if (!same) {
          inst->context = ctx;
          changed = true;
        }
      }
      if (!changed) break;
    }
    for (const DerivedCheck& dc : derivedFieldChecks) {
      InstanceInfo* inst = instanceOf(dc.cls, dc.data->name.ref);
      if (inst == nullptr) continue;
      Elaboration::Instance rec;
      rec.cls = dc.cls;
      rec.tycon = dc.data->name.ref;
      rec.decl = dc.data;
      rec.derived = true;
      std::vector<Given> given = paramsFor(inst->context);
      rec.context = evsOf(given);
      std::vector<Wanted> ws = derivedWanted(dc, *inst);
      size_t k = 0;  // derivedWanted lists the fields constructor by constructor
      for (ConDecl* c : dc.data->cons) {
        rec.fields.emplace_back();
        size_t n = c->args.size();
        for (ConField& f : c->fields) n += f.names.size();
        for (size_t i = 0; i < n && k < ws.size(); ++i) rec.fields.back().push_back(ws[k++].ev);
      }
      std::vector<Wanted> failures;
      givens.push_back(given);
      for (Wanted& w : reduce(std::move(ws), &failures))
        if (!solveFromGivens(w.pred, w.ev)) failures.push_back(w);
      givens.pop_back();
      for (Wanted& w : failures) noInstance(w);
      auto ci = classes.find(dc.cls);
      if (ci != classes.end())
        rec.supers = superEvidence(ci->second, T.apps(T.con(rec.tycon), inst->vars), given, dc.at);
      elab.instances[module].push_back(std::move(rec));
    }
    derivedFieldChecks.clear();
  }

  struct InstanceSite {
    const Entity* cls;
    const Entity* tycon;
    SrcSpan at;
  };
  std::vector<InstanceSite> instanceSites;

  void declareInstance(Decl* d) {
    std::string what = absl::StrCat(d->name.ref->name, " ", renderType(*d->type));
    if (!legalInstanceHead(d->type)) {
      error(d->name.span, absl::StrCat("Illegal instance declaration for ", quoted(what)),
            {"(All instance types must be of the form (T t1 ... tn)",
             " where T is not a synonym, and t1 ... tn are distinct type variables.)"});
      return;
    }
    VarMap vars;
    std::vector<const Ty*> order;
    const Ty* head = fromAst(d->type, vars, &order);
    std::vector<const Ty*> args;
    const Ty* h = TyArena::head(head, &args);
    if (h->tag != Ty::Tag::Con) return;
    for (const InstanceSite& s : instanceSites) {
      if (s.cls == d->name.ref && s.tycon == h->con) {
        error(s.at, "Duplicate instance declarations:",
              {absl::StrCat("  instance ", what, " -- Defined at ", renderStart(s.at)),
               absl::StrCat("  instance ", what, " -- Defined at ", renderStart(d->name.span))});
        return;
      }
    }
    instanceSites.push_back(InstanceSite{d->name.ref, h->con, d->name.span});
    InstanceInfo inst{d->name.ref, h->con, args, {}};
    for (Assertion& a : d->context)
      if (a.cls.ref && !a.args.empty()) inst.context.push_back(Pred{a.cls.ref, fromAst(a.args[0], vars)});
    instances[d->name.ref].push_back(inst);
  }

  // ---- predicates ------------------------------------------------------------------
  const InstanceInfo* findInstance(const Entity* cls, const Entity* tycon) const {
    auto it = instances.find(cls);
    if (it == instances.end()) return nullptr;
    for (const InstanceInfo& i : it->second)
      if (i.tycon == tycon) return &i;
    return nullptr;
  }

  // Does `p` follow from `given` through superclasses?
  bool entailedBy(const Pred& p, const std::vector<Pred>& given) const {
    std::vector<Pred> todo = given;
    absl::flat_hash_set<std::pair<const Entity*, const Ty*>> seen;
    while (!todo.empty()) {
      Pred g = todo.back();
      todo.pop_back();
      const Ty* gt = TyArena::zonk(g.type);
      if (!seen.insert({g.cls, gt}).second) continue;
      if (g.cls == p.cls && sameType(gt, TyArena::zonk(p.type))) return true;
      auto ci = classes.find(g.cls);
      if (ci != classes.end())
        for (const Entity* s : ci->second.supers) todo.push_back(Pred{s, gt});
    }
    return false;
  }

  static bool sameType(const Ty* a, const Ty* b) {
    a = TyArena::zonk(a);
    b = TyArena::zonk(b);
    if (a == b) return true;
    if (a->tag != b->tag) return false;
    if (a->tag == Ty::Tag::Con) return a->con == b->con;
    if (a->tag == Ty::Tag::App) return sameType(a->fun, b->fun) && sameType(a->arg, b->arg);
    return false;
  }

  // Reduces wanted predicates by instances: those on a type constructor are
  // replaced by the instance's context (or reported); the rest are returned.
  // With `failures`, missing instances are collected there instead of reported.
  std::vector<Wanted> reduce(std::vector<Wanted> ws, std::vector<Wanted>* failures = nullptr) {
    std::vector<Wanted> out;
    size_t steps = 0;
    while (!ws.empty() && ++steps < 100000) {
      Wanted w = std::move(ws.back());
      ws.pop_back();
      std::vector<const Ty*> args;
      const Ty* h = TyArena::head(w.pred.type, &args);
      if (h->tag == Ty::Tag::Con) {
        const InstanceInfo* inst = findInstance(w.pred.cls, h->con);
        if (inst == nullptr) {
          if (!givens.empty() && solveFromGivens(w.pred, w.ev)) continue;
          if (failures) failures->push_back(w);
          else noInstance(w);
          continue;
        }
        absl::flat_hash_map<const Ty*, const Ty*> sub;
        for (size_t i = 0; i < inst->vars.size() && i < args.size(); ++i) sub[inst->vars[i]] = args[i];
        EvTerm term;
        term.kind = EvTerm::Kind::Instance;
        term.tycon = h->con;
        for (const Pred& c : inst->context) {
          ws.push_back(wantedOf(Pred{c.cls, substitute(c.type, sub)}, w.at, w.origin));
          term.args.push_back(ws.back().ev);
        }
        solve(w.ev, std::move(term));
        continue;
      }
      const Wanted* same = nullptr;
      for (const Wanted& o : out)
        if (o.pred.cls == w.pred.cls && sameType(o.pred.type, w.pred.type)) same = &o;
      if (same) solveSame(w.ev, same->ev);
      else out.push_back(std::move(w));
    }
    return out;
  }

  // Drops predicates that others imply through superclasses (Num a when
  // Fractional a is there), as GHC's inferred contexts do.
  std::vector<Pred> simplify(const std::vector<Pred>& ps) const {
    std::vector<Pred> out;
    for (size_t i = 0; i < ps.size(); ++i) {
      std::vector<Pred> others;
      for (size_t j = 0; j < ps.size(); ++j)
        if (j != i && !(ps[j].cls == ps[i].cls && sameType(ps[j].type, ps[i].type))) others.push_back(ps[j]);
      if (!entailedBy(ps[i], others)) out.push_back(ps[i]);
    }
    return out;
  }


  const Ty* substitute(const Ty* t, const absl::flat_hash_map<const Ty*, const Ty*>& sub) {
    return T.substitute(t, sub);
  }

  static bool mentions(const Ty* t, const Ty* v) {
    t = TyArena::zonk(t);
    if (t == v) return true;
    return t->tag == Ty::Tag::App && (mentions(t->fun, v) || mentions(t->arg, v));
  }

  // ---- free metas -------------------------------------------------------------------
  static void metasOf(const Ty* t, std::vector<const Ty*>& out) {
    t = TyArena::zonk(t);
    if (t->tag == Ty::Tag::Meta) {
      if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
    } else if (t->tag == Ty::Tag::App) {
      metasOf(t->fun, out);
      metasOf(t->arg, out);
    }
  }

  // ---- expressions ------------------------------------------------------------------
  // Instantiates an occurrence; the evidence for its context goes to
  // `node`'s list (Note [Dictionary evidence]).
  const Ty* instantiateEntity(const Entity* e, const SrcSpan& at, const void* node = nullptr) {
    if (e == nullptr) return T.meta(level);
    auto m = monos.find(e);
    if (m != monos.end()) return m->second;
    auto s = schemes.find(e);
    if (s == schemes.end()) return T.meta(level);  // not yet typed (an error elsewhere)
    std::vector<Pred> preds;
    const Ty* t = T.instantiate(s->second, level, &preds);
    std::vector<EvId>* evs = node ? &elab.atNode[node] : nullptr;
    for (const Pred& p : preds) {
      wanted.push_back(wantedOf(p, at, absl::StrCat("a use of ", quoted(e->name))));
      if (evs) evs->push_back(wanted.back().ev);
    }
    return t;
  }

  // Checks an expression against an expected type. The forms whose parts
  // produce the value (if, case, let, do, parentheses) pass the expected
  // type down, so a mismatch is reported where GHC reports it.
  void check(Expr* e, const Ty* expected) {
    if (recordTypes) exprTypes[e] = expected;  // (infer overwrites it with the same type, when it runs)
    switch (e->kind) {
      case Expr::Kind::Paren:
        check(e->e1, expected);
        return;
      case Expr::Kind::If:
        check(e->e1, knownType("Bool"));
        check(e->e2, expected);
        check(e->e3, expected);
        return;
      case Expr::Kind::Case: {
        const Ty* s = infer(e->e1);
        for (Alt* a : e->alts) {
          checkPat(a->pat, s);
          checkRhs(a->rhs, expected);
        }
        return;
      }
      case Expr::Kind::Let:
        bindGroups(e->decls, false);
        check(e->e1, expected);
        return;
      case Expr::Kind::Do:
        doBlock(e, expected);
        return;
      case Expr::Kind::Tuple: {  // a known tuple type checks each component
        std::vector<const Ty*> args;
        const Ty* h = TyArena::head(expected, &args);
        std::string name = "(" + std::string(e->args.size() - 1, ',') + ")";
        if (h->tag == Ty::Tag::Con && h->con == T.builtin(name) && args.size() == e->args.size()) {
          for (size_t i = 0; i < args.size(); ++i) check(e->args[i], args[i]);
          return;
        }
        const Ty* actual = infer(e);
        unifyAt(expected, actual, e->span);
        return;
      }
      case Expr::Kind::List: {  // the list's type first, then each element against it
        const Ty* elem = T.meta(level, "a");
        unifyAt(expected, T.list(elem), e->span);
        for (Expr* a : e->args) check(a, elem);
        return;
      }
      default: {
        const Ty* actual = infer(e);
        unifyAt(expected, actual, e->span);
      }
    }
  }

  // Splits a function type, making it one if it is still unknown.
  bool splitFun(const Ty* f, const Ty** a, const Ty** r) {
    if (T.isFun(f, a, r)) return true;
    const Ty* z = TyArena::zonk(f);
    if (z->tag != Ty::Tag::Meta) return false;
    *a = T.meta(level);
    *r = T.meta(level);
    T.unify(z, T.fun(*a, *r));
    return true;
  }

  const Ty* applyTo(const Ty* f, Expr* arg, Expr* whole) {
    const Ty *a, *r;
    if (!splitFun(f, &a, &r)) {  // applied to more arguments than it takes
      const Ty* ta = infer(arg);
      const Ty* rr = T.meta(level, "a0");
      unifyAt(T.fun(ta, rr), f, whole->span);
      return rr;
    }
    check(arg, a);
    return r;
  }

  // With recordTypes, every expression's type is kept for its break site
  // (Elaboration::exprType).
  const Ty* infer(Expr* e) {
    const Ty* t = inferInner(e);
    if (recordTypes) exprTypes[e] = t;
    return t;
  }

  const Ty* inferInner(Expr* e) {
    using K = Expr::Kind;
    switch (e->kind) {
      case K::Var: case K::Con:
        return instantiateEntity(e->name.ref, e->span, e);
      case K::Lit:
        return literal(e->lit, e->span, false, e);
      case K::App: {
        const Ty* f = infer(e->e1);
        for (Expr* a : e->args) f = applyTo(f, a, e);
        return f;
      }
      case K::OpApp: {
        const Ty* f = instantiateEntity(e->name.ref, e->name.span, e);
        f = applyTo(f, e->e1, e);
        return applyTo(f, e->e2, e);
      }
      case K::Neg: {
        const Ty* t = infer(e->e1);
        want("Num", t, e->span, "a use of \u2018-\u2019", e);
        return t;
      }
      case K::Lambda: {
        std::vector<const Ty*> ps;
        for (Pat* p : e->pats) ps.push_back(inferPat(p));
        const Ty* t = infer(e->e1);
        for (auto it = ps.rbegin(); it != ps.rend(); ++it) t = T.fun(*it, t);
        return t;
      }
      case K::Let:
        bindGroups(e->decls, false);
        return infer(e->e1);
      case K::If: {
        check(e->e1, knownType("Bool"));
        const Ty* t = infer(e->e2);
        check(e->e3, t);
        return t;
      }
      case K::Case: {
        const Ty* s = infer(e->e1);
        const Ty* r = T.meta(level);
        for (Alt* a : e->alts) {
          checkPat(a->pat, s);
          checkRhs(a->rhs, r);
        }
        return r;
      }
      case K::Do: return doBlock(e, nullptr);
      case K::Tuple: {
        std::vector<const Ty*> ts;
        for (Expr* a : e->args) ts.push_back(infer(a));
        return T.tuple(ts);
      }
      case K::List: {
        const Ty* t = T.meta(level);
        for (Expr* a : e->args) check(a, t);
        return T.list(t);
      }
      case K::ArithSeq: {
        const Ty* t = infer(e->e1);
        if (e->e2) check(e->e2, t);
        if (e->e3) check(e->e3, t);
        want("Enum", t, e->span, "an arithmetic sequence", e);
        return T.list(t);
      }
      case K::ListComp: {
        for (Stmt* s : e->stmts) qualifier(s);
        return T.list(infer(e->e1));
      }
      case K::LeftSection: {  // (x op) = \y -> x op y
        const Ty* f = instantiateEntity(e->name.ref, e->name.span, e);
        return applyTo(f, e->e1, e);
      }
      case K::RightSection: {  // (op y) = \x -> x op y
        const Ty* f = instantiateEntity(e->name.ref, e->name.span, e);
        const Ty *a, *rest, *b, *r;
        if (!splitFun(f, &a, &rest) || !splitFun(rest, &b, &r)) return T.meta(level);
        check(e->e1, b);
        return T.fun(a, r);
      }
      case K::Paren: case K::Scc:
        return infer(e->e1);
      case K::TypeSig: {
        Scheme s = schemeOf(e->type);
        std::vector<Pred> preds;
        const Ty* t = T.instantiate(s, level, &preds);
        for (const Pred& p : preds) wanted.push_back(wantedOf(p, e->span, "an expression type signature"));
        check(e->e1, t);
        return t;
      }
      case K::RecordCon: {
        for (FieldBind& f : e->fields) {
          auto own = conFields.find(e->name.ref);
          if (f.field.ref && own != conFields.end() && !own->second.contains(f.field.ref)) {
            error(e->span, absl::StrCat("Constructor ", quoted(e->name.name), " does not have field ",
                                        quoted(f.field.name)));
            return T.meta(level);
          }
        }
        const Ty* c = instantiateEntity(e->name.ref, e->name.span);
        const Ty* result = c;
        const Ty *a, *r;
        while (T.isFun(result, &a, &r)) result = r;
        for (FieldBind& f : e->fields) fieldAt(f, result);
        return result;
      }
      case K::RecordUpd: {
        for (FieldBind& f : e->fields)
          if (f.field.ref && f.field.ref->kind != EntityKind::Field) {
            error(f.field.span, absl::StrCat(quoted(f.field.name), " is not a record selector"));
            return T.meta(level);
          }
        const Ty* t = infer(e->e1);
        for (FieldBind& f : e->fields) fieldAt(f, t);
        return t;
      }
      default:
        return T.meta(level);
    }
  }

  void fieldAt(FieldBind& f, const Ty* record) {
    const Ty* sel = instantiateEntity(f.field.ref, f.field.span);
    const Ty *rt, *ft;
    if (!splitFun(sel, &rt, &ft)) return;
    unifyAt(rt, record, f.span);
    check(f.value, ft);
  }

  const Ty* literal(const Literal& l, const SrcSpan& at, bool inPattern, const void* node) {
    std::string origin = absl::StrCat("the literal ", quoted(l.text));
    switch (l.kind) {
      case Literal::Kind::Int: {
        const Ty* t = T.meta(level, "a0");
        want("Num", t, at, origin, node);
        if (inPattern) want("Eq", t, at, origin, node);
        return t;
      }
      case Literal::Kind::Frac: {
        const Ty* t = T.meta(level, "a0");
        want("Fractional", t, at, origin, node);
        if (inPattern) want("Eq", t, at, origin, node);
        return t;
      }
      case Literal::Kind::Char: return knownType("Char");
      case Literal::Kind::String: {
        const Ty* s = T.list(knownType("Char"));
        if (const Entity* str = knownEntity("String"); str && synonyms.contains(str))
          s = T.synonymOf(str, {}, s);
        return s;
      }
    }
    return T.meta(level);
  }

  const Ty* doBlock(Expr* e, const Ty* expected) {
    const Ty* m = T.meta(level, "m");
    want("Monad", m, e->span, "a do statement", e);
    const Ty* result = T.meta(level);
    if (expected) {  // the block's type is known: m and the result follow from it
      std::vector<const Ty*> args;
      const Ty* h = TyArena::head(expected, &args);
      if (!args.empty()) {
        const Ty* mt = args.size() == 1 ? h : nullptr;
        if (mt == nullptr) {  // m is the expected type without its last argument
          mt = h;
          for (size_t i = 0; i + 1 < args.size(); ++i) mt = T.app(mt, args[i]);
        }
        T.unify(m, mt);
        T.unify(result, args.back());
      }
    }
    for (size_t i = 0; i < e->stmts.size(); ++i) {
      Stmt* s = e->stmts[i];
      bool last = i + 1 == e->stmts.size();
      switch (s->kind) {
        case Stmt::Kind::Bind: {
          const Ty* a = T.meta(level);
          check(s->expr, T.app(m, a));
          checkPat(s->pat, a);
          if (failable(s->pat))
            want("MonadFail", m, s->pat->span,
                 absl::StrCat("a do statement with the failable pattern ", quoted(sourceText(s->pat->span))), s);
          break;
        }
        case Stmt::Kind::Let:
          bindGroups(s->decls, false);
          break;
        case Stmt::Kind::Expr:
          if (last) {
            const Ty* t = T.app(m, result);
            check(s->expr, t);
            return t;
          }
          check(s->expr, T.app(m, T.meta(level)));
          break;
      }
    }
    return T.app(m, result);
  }

  // Can matching `p` fail (report 3.14: such a bind needs `fail`)?
  static bool failable(const Pat* p) {
    switch (p->kind) {
      case Pat::Kind::Var: case Pat::Kind::Wild: case Pat::Kind::Lazy: return false;
      case Pat::Kind::As: case Pat::Kind::Paren: return failable(p->p1);
      case Pat::Kind::Tuple:
        return std::any_of(p->args.begin(), p->args.end(), [](const Pat* a) { return failable(a); });
      case Pat::Kind::Con: case Pat::Kind::ConOp: case Pat::Kind::Record: {
        const Entity* c = p->name.ref;
        if (c == nullptr || c->parent == nullptr) return true;
        size_t cons = std::count_if(c->parent->children.begin(), c->parent->children.end(),
                                    [](const Entity* k) { return k->kind == EntityKind::Con; });
        if (cons != 1) return true;
        std::vector<const Pat*> subs(p->args.begin(), p->args.end());
        if (p->p1) subs.push_back(p->p1);
        if (p->p2) subs.push_back(p->p2);
        for (const FieldPat& f : p->fields) subs.push_back(f.pat);
        return std::any_of(subs.begin(), subs.end(), [](const Pat* a) { return failable(a); });
      }
      default: return true;
    }
  }

  // The source text of a one-line span (for messages), else "...".
  static std::string sourceText(const SrcSpan& at) {
    const SourceFile* f = sourceFile(at.file);
    if (f == nullptr || at.start.line != at.end.line || at.end.col <= at.start.col) return "...";
    std::string_view line = f->lineText(at.start.line);
    size_t from = at.start.col - 1, len = at.end.col - at.start.col;
    bool plain = line.find('\t') == std::string_view::npos &&
                 std::all_of(line.begin(), line.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (!plain || from + len > line.size()) return "...";
    return std::string(line.substr(from, len));
  }

  void qualifier(Stmt* s) {
    switch (s->kind) {
      case Stmt::Kind::Bind: {
        const Ty* a = T.meta(level);
        check(s->expr, T.list(a));
        checkPat(s->pat, a);
        break;
      }
      case Stmt::Kind::Let: bindGroups(s->decls, false); break;
      case Stmt::Kind::Expr: check(s->expr, knownType("Bool")); break;
    }
  }

  void guardStmt(Stmt* s) {
    switch (s->kind) {
      case Stmt::Kind::Bind: checkPat(s->pat, infer(s->expr)); break;
      case Stmt::Kind::Let: bindGroups(s->decls, false); break;
      case Stmt::Kind::Expr: check(s->expr, knownType("Bool")); break;
    }
  }

  void checkRhs(Rhs* r, const Ty* t) {
    bindGroups(r->where, false);
    if (r->body) check(r->body, t);
    for (GuardedRhs* g : r->guarded) {
      for (Stmt* s : g->guards) guardStmt(s);
      check(g->body, t);
    }
  }

  // ---- patterns ----------------------------------------------------------------------
  void checkPat(Pat* p, const Ty* expected) {
    if (p->kind == Pat::Kind::Var) {  // a variable takes the expected type as it is
      if (p->name.ref) monos[p->name.ref] = expected;
      return;
    }
    const Ty* t = inferPat(p);
    unifyAt(expected, t, p->span);
  }

  const Ty* conPattern(const Name& con, const std::vector<Pat*>& args, const SrcSpan& at) {
    const Ty* t = instantiateEntity(con.ref, at);
    size_t n = 0;
    const Ty *a, *r;
    for (const Ty* x = t; T.isFun(x, &a, &r); x = r) ++n;
    if (con.ref && n != args.size()) {
      error(at, absl::StrCat("The constructor ", quoted(con.name), " should have ", n,
                             n == 1 ? " argument" : " arguments", ", but has been given ", args.size()));
      for (Pat* p : args) inferPat(p);
      return T.meta(level);
    }
    for (Pat* p : args) {
      if (!T.isFun(t, &a, &r)) break;
      checkPat(p, a);
      t = r;
    }
    return t;
  }

  const Ty* inferPat(Pat* p) {
    switch (p->kind) {
      case Pat::Kind::Var: {
        const Ty* t = T.meta(level);
        if (p->name.ref) monos[p->name.ref] = t;
        return t;
      }
      case Pat::Kind::Wild: return T.meta(level);
      case Pat::Kind::Lit: return literal(p->lit, p->span, true, p);
      case Pat::Kind::Con: return conPattern(p->name, p->args, p->span);
      case Pat::Kind::ConOp: return conPattern(p->name, {p->p1, p->p2}, p->span);
      case Pat::Kind::Tuple: {
        std::vector<const Ty*> ts;
        for (Pat* a : p->args) ts.push_back(inferPat(a));
        return T.tuple(ts);
      }
      case Pat::Kind::List: {
        const Ty* t = T.meta(level);
        for (Pat* a : p->args) checkPat(a, t);
        return T.list(t);
      }
      case Pat::Kind::As: {
        const Ty* t = inferPat(p->p1);
        if (p->name.ref) monos[p->name.ref] = t;
        return t;
      }
      case Pat::Kind::Lazy: case Pat::Kind::Paren: return inferPat(p->p1);
      case Pat::Kind::Record: {
        const Ty* c = instantiateEntity(p->name.ref, p->span);
        const Ty *a, *r;
        while (T.isFun(c, &a, &r)) c = r;
        for (FieldPat& f : p->fields) {
          const Ty* sel = instantiateEntity(f.field.ref, f.field.span);
          const Ty *rt, *ft;
          if (!splitFun(sel, &rt, &ft)) continue;
          unifyAt(rt, c, f.span);
          checkPat(f.pat, ft);
        }
        return c;
      }
      case Pat::Kind::Infix: return T.meta(level);
    }
    return T.meta(level);
  }

  // ---- bindings ------------------------------------------------------------------------
  const Ty* inferMatches(Decl* d) {
    size_t n = d->matches.empty() ? 0 : d->matches[0]->pats.size();
    std::vector<const Ty*> args;
    for (size_t i = 0; i < n; ++i) args.push_back(T.meta(level));
    const Ty* r = T.meta(level);
    for (Match* m : d->matches) {
      for (size_t i = 0; i < m->pats.size() && i < n; ++i) checkPat(m->pats[i], args[i]);
      checkRhs(m->rhs, r);
    }
    const Ty* t = r;
    for (auto it = args.rbegin(); it != args.rend(); ++it) t = T.fun(*it, t);
    return t;
  }

  // Checks equations against a known type (a signature): the expected types
  // flow into patterns and bodies, so mismatches are found where GHC finds them.
  void checkMatches(Decl* d, const Ty* expected) {
    size_t n = d->matches.empty() ? 0 : d->matches[0]->pats.size();
    std::vector<const Ty*> args;
    const Ty* r = expected;
    for (size_t i = 0; i < n; ++i) {
      const Ty *a, *rest;
      if (!splitFun(r, &a, &rest)) {
        unifyAt(expected, inferMatches(d), d->span);
        return;
      }
      args.push_back(a);
      r = rest;
    }
    for (Match* m : d->matches) {
      for (size_t i = 0; i < m->pats.size() && i < n; ++i) checkPat(m->pats[i], args[i]);
      checkRhs(m->rhs, r);
    }
  }

  static void binders(Decl* d, std::vector<const Entity*>& out) {
    if (d->kind == Decl::Kind::FunBind) {
      if (d->name.ref) out.push_back(d->name.ref);
    } else if (d->kind == Decl::Kind::PatBind) {
      std::function<void(Pat*)> go = [&](Pat* p) {
        if (!p) return;
        if ((p->kind == Pat::Kind::Var || p->kind == Pat::Kind::As) && p->name.ref) out.push_back(p->name.ref);
        for (Pat* a : p->args) go(a);
        go(p->p1);
        go(p->p2);
        for (FieldPat& f : p->fields) go(f.pat);
      };
      go(d->pat);
    }
  }

  // Entities referred to by a binding's right-hand sides (for dependency analysis).
  static void refs(Decl* d, absl::flat_hash_set<const Entity*>& out) {
    std::function<void(Expr*)> ex;
    std::function<void(Rhs*)> rh;
    std::function<void(Stmt*)> st;
    std::function<void(Decl*)> de = [&](Decl* x) {
      for (Match* m : x->matches) rh(m->rhs);
      rh(x->rhs);
    };
    st = [&](Stmt* s) {
      ex(s->expr);
      for (Decl* x : s->decls) de(x);
    };
    rh = [&](Rhs* r) {
      if (!r) return;
      ex(r->body);
      for (GuardedRhs* g : r->guarded) {
        for (Stmt* s : g->guards) st(s);
        ex(g->body);
      }
      for (Decl* x : r->where) de(x);
    };
    ex = [&](Expr* e) {
      if (!e) return;
      if (e->name.ref) out.insert(e->name.ref);
      ex(e->e1);
      ex(e->e2);
      ex(e->e3);
      for (Expr* a : e->args) ex(a);
      for (auto& it : e->items) {
        ex(it.operand);
        if (it.op.ref) out.insert(it.op.ref);
      }
      for (Decl* x : e->decls) de(x);
      for (Alt* a : e->alts) rh(a->rhs);
      for (Stmt* s : e->stmts) st(s);
      for (FieldBind& f : e->fields) ex(f.value);
    };
    de(d);
  }

  // Infers a group of bindings (a let/where block or a module's top level).
  void bindGroups(std::vector<Decl*>& decls, bool topLevel) {
    std::vector<Decl*> binds;
    for (Decl* d : decls) {
      if (d->kind == Decl::Kind::TypeSig && !topLevel)
        for (Name& n : d->names)
          if (n.ref) {
            schemes[n.ref] = schemeOf(d->sig);
            signatures.insert(n.ref);
          }
      if (d->kind == Decl::Kind::FunBind || d->kind == Decl::Kind::PatBind) binds.push_back(d);
    }
    if (binds.empty()) return;
    // Dependency graph over bindings without signatures (report 4.5.1).
    absl::flat_hash_map<const Entity*, size_t> owner;
    std::vector<bool> hasSig(binds.size());
    for (size_t i = 0; i < binds.size(); ++i) {
      std::vector<const Entity*> bs;
      binders(binds[i], bs);
      bool sig = !bs.empty();
      for (const Entity* b : bs) {
        owner[b] = i;
        sig = sig && schemes.contains(b) && monos.count(b) == 0 && isSignature(b);
      }
      hasSig[i] = sig && binds[i]->kind == Decl::Kind::FunBind;
    }
    std::vector<std::vector<size_t>> edges(binds.size());
    for (size_t i = 0; i < binds.size(); ++i) {
      absl::flat_hash_set<const Entity*> rs;
      refs(binds[i], rs);
      for (const Entity* r : rs) {
        auto o = owner.find(r);
        if (o != owner.end() && !hasSig[o->second]) edges[i].push_back(o->second);
      }
    }
    for (const std::vector<size_t>& scc : stronglyConnected(edges)) {
      std::vector<Decl*> implicit, explicitly;
      for (size_t i : scc) (hasSig[i] ? explicitly : implicit).push_back(binds[i]);
      if (!implicit.empty()) inferImplicit(implicit);
      for (Decl* d : explicitly) checkExplicit(d);
    }
  }

  absl::flat_hash_set<const Entity*> signatures;  // entities whose scheme is a declared signature
  bool isSignature(const Entity* e) const { return signatures.contains(e); }

  void inferImplicit(std::vector<Decl*>& group) {
    std::vector<Wanted> outer = std::move(wanted);
    wanted.clear();
    ++level;
    absl::flat_hash_map<Decl*, const Ty*> types;
    std::vector<const Entity*> bound;
    // Pattern-bound variables with a signature (report 4.4.3.2) are checked
    // against it and keep it.
    absl::flat_hash_map<const Entity*, Scheme> declared;
    for (Decl* d : group) {
      std::vector<const Entity*> bs;
      binders(d, bs);
      for (const Entity* b : bs) {
        const Ty* t = T.meta(level);
        monos[b] = t;
        bound.push_back(b);
        if (isSignature(b) && schemes.contains(b)) declared[b] = schemes[b];
      }
    }
    bool restricted = false;
    for (Decl* d : group) {
      enclosing.push_back(d);
      struct Pop {
        std::vector<const Decl*>& v;
        ~Pop() { v.pop_back(); }
      } pop{enclosing};
      if (d->kind == Decl::Kind::FunBind) {
        if (d->name.ref) checkMatches(d, monos[d->name.ref]);
        else inferMatches(d);
        if (!d->matches.empty() && d->matches[0]->pats.empty()) restricted = true;
      } else {
        restricted = true;
        // inferPat rebinds the pattern's variables to fresh types; bindings
        // of the group checked before this one used the earlier ones.
        std::vector<const Entity*> vs;
        binders(d, vs);
        std::vector<std::pair<const Entity*, const Ty*>> before;
        for (const Entity* v : vs)
          if (monos.contains(v)) before.emplace_back(v, monos[v]);
        const Ty* pt = inferPat(d->pat);  // (re)binds the pattern's variables
        for (const auto& [v, t] : before)
          if (monos.contains(v) && monos[v] != t) unifyAt(t, monos[v], v->defined);
        for (const auto& [b, s] : declared)
          if (monos.contains(b)) unifyAt(s.body, monos[b], b->defined);
        checkRhs(d->rhs, pt);
      }
    }
    --level;
    std::vector<Wanted> reduced = reduce(std::move(wanted));
    wanted = std::move(outer);
    // Which metas may be generalised (deeper than this level)?
    std::vector<const Ty*> gen;
    for (const Entity* b : bound) {
      std::vector<const Ty*> ms;
      metasOf(monos[b], ms);
      for (const Ty* m : ms)
        if (m->level > level && std::find(gen.begin(), gen.end(), m) == gen.end()) gen.push_back(m);
    }
    std::vector<Pred> context;
    std::vector<Wanted> solvedByContext;
    absl::flat_hash_set<const Ty*> constrained;
    for (Wanted& w : reduced) {
      std::vector<const Ty*> ms;
      metasOf(w.pred.type, ms);
      bool local = !ms.empty() && std::all_of(ms.begin(), ms.end(), [&](const Ty* m) {
        return std::find(gen.begin(), gen.end(), m) != gen.end();
      });
      if (local && !restricted) {
        context.push_back(w.pred);
        solvedByContext.push_back(w);
      } else {
        for (const Ty* m : ms) constrained.insert(m);
        wanted.push_back(std::move(w));
      }
    }
    if (restricted) {  // report 4.5.5: constrained variables stay monomorphic
      std::vector<const Ty*> keep;
      for (const Ty* m : gen) {
        if (constrained.contains(m)) m->level = level;
        else keep.push_back(m);
      }
      gen = keep;
    }
    // Generalise: each generalised meta becomes a quantified variable.
    std::vector<const Ty*> vars;
    const char* names = "abcdefghijklmnopqrstuvwxyz";
    for (size_t i = 0; i < gen.size(); ++i) {
      std::string name = i < 26 ? std::string(1, names[i]) : absl::StrCat("t", i);
      const Ty* v = T.var(name);
      gen[i]->solution = v;
      vars.push_back(v);
    }
    context = simplify(context);
    std::vector<Given> params = paramsFor(context);
    for (const Wanted& w : solvedByContext) solveFrom(params, w.pred, w.ev);
    for (Decl* d : group) elab.params[d] = evsOf(params);
    for (const Entity* b : bound) {
      Scheme s{vars, context, monos[b]};
      monos.erase(b);
      auto sig = declared.find(b);
      schemes[b] = sig == declared.end() ? s : sig->second;
    }
  }

  void checkExplicit(Decl* d) {
    const Scheme& s = schemes[d->name.ref];
    std::vector<Given> given = paramsFor(s.context);
    elab.params[d] = evsOf(given);
    checkAgainst(d, s.body, given);
  }

  // Checks a binding against a type whose variables are rigid, with the
  // given predicates (and their evidence) holding inside.
  void checkAgainst(Decl* d, const Ty* type, const std::vector<Given>& given) {
    Scheme s{{}, predsOf(given), type};
    std::vector<Wanted> outer = std::move(wanted);
    wanted.clear();
    givens.push_back(given);
    enclosing.push_back(d);
    ++level;
    checkMatches(d, s.body);
    --level;
    enclosing.pop_back();
    std::vector<Wanted> remaining = reduce(std::move(wanted));
    for (Wanted& w : remaining) {
      if (solveFromGivens(w.pred, w.ev)) continue;
      std::vector<const Ty*> ms;
      metasOf(w.pred.type, ms);
      if (!ms.empty()) {  // about outer or ambiguous variables: decided later
        outer.push_back(std::move(w));
        continue;
      }
      if (s.context.empty()) {
        noInstance(w);
      } else {
        std::vector<std::string> ps;
        for (const Pred& p : s.context) ps.push_back(T.render(p));
        error(w.at, absl::StrCat("Could not deduce (", T.render(w.pred), ") arising from ", w.origin),
              {absl::StrCat("from the context: ", absl::StrJoin(ps, ", "))});
      }
    }
    givens.pop_back();
    wanted = std::move(outer);
  }

  // ---- instances and classes' methods ----------------------------------------------------
  void checkInstanceMethods(Module& m) {
    for (Decl* d : m.decls) {
      if (d->kind == Decl::Kind::Class && d->name.ref) {  // default methods
        for (Decl* b : d->body)
          if (b->kind == Decl::Kind::FunBind && b->name.ref && schemes.contains(b->name.ref)) {
            const Scheme& ms = schemes[b->name.ref];
            std::vector<Given> given = paramsFor(ms.context);  // the class's own first
            elab.params[b] = evsOf(given);
            checkAgainst(b, ms.body, given);
          }
      }
      if (d->kind != Decl::Kind::Instance || !d->name.ref || d->name.ref->kind != EntityKind::Class) continue;
      auto ci = classes.find(d->name.ref);
      if (ci == classes.end()) continue;
      if (!legalInstanceHead(d->type)) continue;
      VarMap vars;
      const Ty* head = fromAst(d->type, vars);
      const Entity* tycon = TyArena::head(head)->con;
      std::vector<Pred> context;
      for (Assertion& a : d->context)
        if (a.cls.ref && !a.args.empty()) context.push_back(Pred{a.cls.ref, fromAst(a.args[0], vars)});
      Elaboration::Instance inst;
      inst.cls = ci->second.cls;
      inst.tycon = tycon;
      inst.decl = d;
      std::vector<Given> given = paramsFor(context);
      inst.context = evsOf(given);
      inst.supers = superEvidence(ci->second, head, given, d->name.span);
      elab.instances[module].push_back(std::move(inst));
      for (Decl* b : d->body)
        if (b->kind == Decl::Kind::FunBind && b->name.ref && schemes.contains(b->name.ref))
          checkMethod(b, schemes[b->name.ref], context, ci->second, head, tycon);
    }
  }

  // Each superclass must have an instance too (report 4.3.2); its evidence
  // goes into the instance's dictionary.
  std::vector<EvId> superEvidence(const ClassInfo& ci, const Ty* head, const std::vector<Given>& given,
                                  const SrcSpan& at) {
    std::vector<EvId> out;
    givens.push_back(given);
    for (const Entity* super : ci.supers) {
      std::vector<Wanted> ws{wantedOf(Pred{super, head}, at, "the superclasses of an instance declaration")};
      out.push_back(ws.back().ev);
      for (Wanted& w : reduce(std::move(ws)))
        if (!solveFromGivens(w.pred, w.ev)) noInstance(w);
    }
    givens.pop_back();
    return out;
  }

  // An instance method is checked against the method's type at the instance
  // head, with the instance's context, the instance itself and the method's
  // own context given. Its dictionary parameters are the instance's context
  // and the method's own; the instance itself is rebuilt from the former.
  void checkMethod(Decl* b, const Scheme& method, const std::vector<Pred>& context, const ClassInfo& ci,
                   const Ty* head, const Entity* tycon) {
    absl::flat_hash_map<const Ty*, const Ty*> sub{{ci.param, head}};
    const Ty* body = substitute(method.body, sub);
    std::vector<Pred> extra;
    for (size_t i = 1; i < method.context.size(); ++i)
      extra.push_back(Pred{method.context[i].cls, substitute(method.context[i].type, sub)});
    std::vector<Given> own = paramsFor(context);
    std::vector<Given> more = paramsFor(extra);
    std::vector<EvId> params = evsOf(own);
    for (const Given& g : more) params.push_back(g.ev);
    elab.params[b] = params;
    Given self{Pred{ci.cls, head}, newEv(Pred{ci.cls, head})};
    EvTerm selfTerm;
    selfTerm.kind = EvTerm::Kind::Instance;
    selfTerm.tycon = tycon;
    selfTerm.args = evsOf(own);
    solve(self.ev, std::move(selfTerm));
    std::vector<Given> given = own;
    given.push_back(self);
    given.insert(given.end(), more.begin(), more.end());
    checkAgainst(b, body, given);
  }

  // ---- the end of a module: defaulting ---------------------------------------------------
  // GHC reports an ambiguous variable only when nothing else went wrong: it
  // is usually a consequence of another error.
  bool suppressAmbiguity = false;

  void defaultAndReport() {
    std::vector<Wanted> ws = reduce(std::move(wanted));
    wanted.clear();
    std::vector<const Ty*> candidates = defaults;
    if (candidates.empty()) {
      if (const Entity* i = knownEntity("Integer")) candidates.push_back(T.con(i));
      if (const Entity* d = knownEntity("Double")) candidates.push_back(T.con(d));
    }
    // Group by meta.
    std::vector<const Ty*> metas;
    for (const Wanted& w : ws) {
      const Ty* t = TyArena::zonk(w.pred.type);
      if (t->tag == Ty::Tag::Meta && std::find(metas.begin(), metas.end(), t) == metas.end()) metas.push_back(t);
    }
    for (const Ty* m : metas) {
      std::vector<const Wanted*> mine;
      for (const Wanted& w : ws)
        if (TyArena::zonk(w.pred.type) == m) mine.push_back(&w);
      bool numeric = std::any_of(mine.begin(), mine.end(), [](const Wanted* w) { return isNumericClass(w->pred.cls->name); });
      bool done = false;
      if (numeric) {
        for (const Ty* c : candidates) {
          const Entity* tc = TyArena::head(c)->con;
          bool ok = std::all_of(mine.begin(), mine.end(), [&](const Wanted* w) {
            return tc && findInstance(w->pred.cls, tc) != nullptr;
          });
          if (ok) {
            T.unify(m, c);
            done = true;
            break;
          }
        }
      }
      if (!done) {
        const Wanted* w = mine.front();
        if (!suppressAmbiguity)
          error(w->at, absl::StrCat("Ambiguous type variable ", q(m), " arising from ", w->origin),
                {absl::StrCat("prevents the constraint ", quoted(absl::StrCat("(", T.render(w->pred), ")")),
                              " from being solved.")});
      }
    }
    // Anything still unsolved and concrete is a missing instance.
    std::vector<Wanted> rest;
    for (Wanted& w : ws)
      if (TyArena::zonk(w.pred.type)->tag != Ty::Tag::Meta) rest.push_back(w);
    reduce(std::move(rest));
  }

  // ---- modules -------------------------------------------------------------------------
  bool checkModule(Module& m, std::vector<Diagnostic>& out) {
    module = m.moduleName();
    defaults.clear();
    if (const ModIface* p = rn.interface("Lazuli.Prim")) learnKnown(*p);
    if (const ModIface* p = rn.interface("Prelude")) learnKnown(*p);
    declareTypes(m);
    for (Decl* d : m.decls)
      if (d->kind == Decl::Kind::TypeSig)
        for (Name& n : d->names)
          if (n.ref) signatures.insert(n.ref);
    checkDerivedFields();  // before any use of the derived instances
    level = 0;
    bindGroups(m.decls, true);
    checkInstanceMethods(m);
    suppressAmbiguity = !errors.empty();
    defaultAndReport();
    if (module == "Main") {
      for (Decl* d : m.decls) {
        if (d->kind == Decl::Kind::FunBind && d->name.ref && d->name.name == "main" && schemes.contains(d->name.ref)) {
          std::vector<Pred> preds;
          const Ty* t = T.instantiate(schemes[d->name.ref], 0, &preds);
          const Ty* io = T.app(knownType("IO"), T.meta(0, "t0"));
          TyArena::Mismatch why;
          if (!T.unify(io, t, &why))
            error(d->span, absl::StrCat("Couldn't match expected type ", q(io), " with actual type ", q(t)));
        }
      }
    }
    std::stable_sort(errors.begin(), errors.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.span.start < b.span.start; });
    bool ok = errors.empty();
    out.insert(out.end(), errors.begin(), errors.end());
    errors.clear();
    return ok;
  }
};

TypeChecker::TypeChecker(Renamer& renamer, TyArena& types) : st_(std::make_unique<State>(renamer, types)) {
  st_->elab.localType = [st = st_.get()](const Entity* e) -> std::string {
    if (auto m = st->monos.find(e); m != st->monos.end()) return st->T.render(TyArena::zonk(m->second));
    if (auto s = st->schemes.find(e); s != st->schemes.end()) return st->T.render(s->second);
    return {};
  };
  st_->elab.exprType = [st = st_.get()](const Expr* e) -> std::string {
    auto t = st->exprTypes.find(e);
    return t == st->exprTypes.end() ? std::string() : st->T.render(TyArena::zonk(t->second));
  };
  // Built-in syntax's constructors: [], (:), (), (,), (,,), ...
  State& s = *st_;
  for (const auto& [key, e] : renamer.builtins()) {
    if (key.rfind("v ", 0) != 0) continue;
    const std::string& n = e->name;
    if (n == "[]" || n == ":") {
      const Ty* a = types.var("a");
      s.schemes[e] = Scheme{{a}, {}, n == "[]" ? types.list(a) : types.fun(a, types.fun(types.list(a), types.list(a)))};
    } else if (n == "()") {
      s.schemes[e] = Scheme{{}, {}, types.unit()};
    } else {
      std::vector<const Ty*> vs;
      for (size_t i = 0; i + 1 < n.size(); ++i) vs.push_back(types.var(std::string(1, static_cast<char>('a' + i))));
      const Ty* t = types.tuple(vs);
      for (auto it = vs.rbegin(); it != vs.rend(); ++it) t = types.fun(*it, t);
      s.schemes[e] = Scheme{vs, {}, t};
    }
  }
}
TypeChecker::~TypeChecker() = default;

const Elaboration& TypeChecker::elaboration() const { return st_->elab; }

bool TypeChecker::checkProgram(ModuleGraph& graph, DiagnosticSink& sink) {
  std::vector<Module*> modules;
  for (ModuleNode* node : graph.order()) modules.push_back(node->ast);
  return checkModules(modules, sink);
}

bool TypeChecker::checkModules(const std::vector<Module*>& modules, DiagnosticSink& sink) {
  for (Module* m : modules) {
    std::vector<Diagnostic> errs;
    bool ok = st_->checkModule(*m, errs);
    for (Diagnostic& d : errs) sink.report(std::move(d));
    if (!ok) return false;
  }
  return true;
}

std::string TypeChecker::typeOfExpr(Expr* e, DiagnosticSink& sink) {
  State& s = *st_;
  std::vector<Wanted> outer = std::move(s.wanted);
  s.wanted.clear();
  ++s.level;
  const Ty* t = s.infer(e);
  --s.level;
  std::vector<Wanted> reduced = s.reduce(std::move(s.wanted));
  s.wanted = std::move(outer);
  // Generalise everything (GHCi's :type applies no monomorphism restriction).
  std::vector<const Ty*> gen;
  State::metasOf(t, gen);
  std::vector<Pred> context;
  for (Wanted& w : reduced) {
    std::vector<const Ty*> ms;
    State::metasOf(w.pred.type, ms);
    bool mentioned = std::all_of(ms.begin(), ms.end(), [&](const Ty* m) {
      return std::find(gen.begin(), gen.end(), m) != gen.end();
    });
    if (mentioned && !ms.empty()) context.push_back(w.pred);
  }
  context = s.simplify(context);
  const char* names = "abcdefghijklmnopqrstuvwxyz";
  std::vector<const Ty*> vars;
  for (size_t i = 0; i < gen.size(); ++i) {
    const Ty* v = s.T.var(i < 26 ? std::string(1, names[i]) : absl::StrCat("t", i));
    gen[i]->solution = v;
    vars.push_back(v);
  }
  bool ok = s.errors.empty();
  for (Diagnostic& d : s.errors) sink.report(std::move(d));
  s.errors.clear();
  if (!ok) return {};
  return s.T.render(Scheme{vars, context, t});
}

std::string TypeChecker::typeOf(const Entity* e) const {
  auto it = st_->schemes.find(e);
  if (it == st_->schemes.end()) return {};
  return st_->T.render(it->second);
}

void TypeChecker::recordExpressionTypes(bool on) { st_->recordTypes = on; }

int TypeChecker::ioArity(const Entity* e) const {
  auto it = st_->schemes.find(e);
  if (it == st_->schemes.end()) return -1;
  const Ty* t = it->second.body;
  int n = 0;
  const Ty* result = nullptr;
  while (st_->T.isFun(TyArena::zonk(t), nullptr, &result)) {
    t = result;
    ++n;
  }
  const Ty* head = TyArena::head(TyArena::zonk(t));
  return head->tag == Ty::Tag::Con && head->con && head->con->name == "IO" ? n : -1;
}

// ---- interfaces ----------------------------------------------------------------------
// Types are written with one table of rigid variables per interface part,
// so that variables shared between records (a class's parameter and its
// methods' schemes) stay shared when read back.
namespace {

constexpr int kMaxTypeDepth = 256;

struct TyWriter {
  IfaceWriter& w;
  absl::flat_hash_map<const Ty*, uint64_t> vars;
  void ty(const Ty* t) {
    t = TyArena::zonk(t);
    if (t->synonym) {
      w.u8(3);
      w.entity(t->synonym);
      w.num(t->synonymArgs.size());
      for (const Ty* a : t->synonymArgs) ty(a);
    }
    switch (t->tag) {
      case Ty::Tag::Con: w.u8(0); w.entity(t->con); return;
      case Ty::Tag::App: w.u8(1); ty(t->fun); ty(t->arg); return;
      case Ty::Tag::Var: case Ty::Tag::Meta: {  // a meta left in a top-level type stays rigid
        w.u8(2);
        if (auto it = vars.find(t); it != vars.end()) {
          w.num(it->second + 1);
        } else {
          vars.emplace(t, vars.size());
          w.num(0);
          w.str(t->name.empty() ? "t" : t->name);
        }
        return;
      }
    }
  }
  void pred(const Pred& p) {
    w.entity(p.cls);
    ty(p.type);
  }
  void scheme(const Scheme& s) {
    w.num(s.vars.size());
    for (const Ty* v : s.vars) ty(v);
    w.num(s.context.size());
    for (const Pred& p : s.context) pred(p);
    ty(s.body);
  }
};

struct TyReader {
  IfaceReader& r;
  TyArena& T;
  std::vector<const Ty*> vars;
  const Ty* ty(int depth = 0) {
    if (depth > kMaxTypeDepth) {
      r.fail("interface type nests too deeply");
      return T.var("t");
    }
    switch (r.u8()) {
      case 0: {
        const Entity* e = r.entityNonNull();
        return e ? T.con(e) : T.var("t");
      }
      case 1: {
        const Ty* f = ty(depth + 1);
        const Ty* a = ty(depth + 1);
        return T.app(f, a);
      }
      case 2: {
        uint64_t k = r.num();
        if (k == 0) {
          vars.push_back(T.var(r.str()));
          return vars.back();
        }
        if (k - 1 < vars.size()) return vars[k - 1];
        break;
      }
      case 3: {
        const Entity* syn = r.entityNonNull();
        size_t n = r.count();
        std::vector<const Ty*> args;
        for (size_t i = 0; i < n && r.ok(); ++i) args.push_back(ty(depth + 1));
        const Ty* expansion = ty(depth + 1);
        return syn && r.ok() ? T.synonymOf(syn, std::move(args), expansion) : expansion;
      }
      default: break;
    }
    r.fail("interface has a bad type");
    return T.var("t");
  }
  Pred pred() {
    Pred p;
    p.cls = r.entityNonNull();
    p.type = ty();
    return p;
  }
  Scheme scheme() {
    Scheme s;
    size_t n = r.count();
    for (size_t i = 0; i < n && r.ok(); ++i) s.vars.push_back(ty());
    size_t c = r.count(2);
    for (size_t i = 0; i < c && r.ok(); ++i) s.context.push_back(pred());
    s.body = ty();
    return s;
  }
};

// A synonym's right-hand side as written (AST), its parameters by position.
void writeAstType(const Type* t, const std::vector<const Entity*>& params, IfaceWriter& w) {
  w.u8(static_cast<uint8_t>(t->kind));
  w.str(t->name.name);
  w.flag(t->name.isSym);
  w.flag(t->name.isCon);
  if (t->kind == Type::Kind::Var) {
    auto it = std::find(params.begin(), params.end(), t->name.ref);
    w.num(it == params.end() ? 0 : static_cast<uint64_t>(it - params.begin()) + 1);
  } else {
    w.entity(t->kind == Type::Kind::Con ? t->name.ref : nullptr);
  }
  w.flag(t->t1 != nullptr);
  if (t->t1) writeAstType(t->t1, params, w);
  w.flag(t->t2 != nullptr);
  if (t->t2) writeAstType(t->t2, params, w);
  w.num(t->args.size());
  for (const Type* a : t->args) writeAstType(a, params, w);
}

Type* readAstType(IfaceReader& r, AstArena& arena, const std::vector<const Entity*>& params, int depth) {
  uint8_t kind = r.u8();
  if (kind > static_cast<uint8_t>(Type::Kind::Bang) || depth > kMaxTypeDepth) {
    r.fail("interface has a bad type synonym");
    return nullptr;
  }
  Type* t = arena.make<Type>(static_cast<Type::Kind>(kind));
  t->name.name = r.str();
  t->name.isSym = r.flag();
  t->name.isCon = r.flag();
  if (t->kind == Type::Kind::Var) {
    uint64_t k = r.num();
    if (k == 0 || k > params.size()) r.fail("interface synonym mentions an unknown variable");
    else t->name.ref = params[k - 1];
  } else {
    t->name.ref = r.entity();
  }
  if (r.flag()) t->t1 = readAstType(r, arena, params, depth + 1);
  if (r.flag()) t->t2 = readAstType(r, arena, params, depth + 1);
  size_t n = r.count();
  for (size_t i = 0; i < n && r.ok(); ++i) t->args.push_back(readAstType(r, arena, params, depth + 1));
  return r.ok() ? t : nullptr;
}

}  // namespace

void TypeChecker::writeInterface(const std::string& module, const std::vector<const Entity*>& defined,
                                 IfaceWriter& w) const {
  const State& s = *st_;
  TyWriter tw{w, {}};
  std::vector<const Entity*> typed, classes, synonyms, withFields;
  for (const Entity* e : defined) {
    if (s.schemes.contains(e)) typed.push_back(e);
    if (s.classes.contains(e)) classes.push_back(e);
    if (s.synonyms.contains(e)) synonyms.push_back(e);
    if (s.conFields.contains(e)) withFields.push_back(e);
  }
  w.num(classes.size());
  for (const Entity* c : classes) {
    const ClassInfo& ci = s.classes.at(c);
    w.entity(c);
    tw.ty(ci.param);
    w.num(ci.supers.size());
    for (const Entity* sup : ci.supers) w.entity(sup);
  }
  w.num(typed.size());
  for (const Entity* e : typed) {
    w.entity(e);
    tw.scheme(s.schemes.at(e));
  }
  w.num(synonyms.size());
  for (const Entity* e : synonyms) {
    const SynonymInfo& si = s.synonyms.at(e);
    w.entity(e);
    w.num(si.params.size());
    for (const Entity* p : si.params) w.str(p ? p->name : "a");
    w.flag(si.rhs != nullptr);
    if (si.rhs) writeAstType(si.rhs, si.params, w);
  }
  w.num(withFields.size());
  for (const Entity* e : withFields) {
    std::vector<const Entity*> fields(s.conFields.at(e).begin(), s.conFields.at(e).end());
    std::sort(fields.begin(), fields.end(), [](const Entity* a, const Entity* b) { return a->id < b->id; });
    w.entity(e);
    w.num(fields.size());
    for (const Entity* f : fields) w.entity(f);
  }
  // The module's instances, declared and derived, as instance lookup sees them.
  std::vector<const InstanceInfo*> insts;
  if (auto it = s.elab.instances.find(module); it != s.elab.instances.end())
    for (const Elaboration::Instance& inst : it->second)
      if (auto all = s.instances.find(inst.cls); all != s.instances.end())
        for (const InstanceInfo& info : all->second)
          if (info.tycon == inst.tycon) insts.push_back(&info);
  w.num(insts.size());
  for (const InstanceInfo* i : insts) {
    w.entity(i->cls);
    w.entity(i->tycon);
    w.num(i->vars.size());
    for (const Ty* v : i->vars) tw.ty(v);
    w.num(i->context.size());
    for (const Pred& p : i->context) tw.pred(p);
  }
}

bool TypeChecker::readInterface(const std::string& module, IfaceReader& r, AstArena& arena) {
  State& s = *st_;
  TyReader tr{r, s.T, {}};
  size_t n = r.count(3);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    ClassInfo ci;
    ci.cls = r.entityNonNull();
    ci.param = tr.ty();
    size_t k = r.count();
    for (size_t j = 0; j < k && r.ok(); ++j) ci.supers.push_back(r.entityNonNull());
    if (!r.ok()) return false;
    s.elab.supers[ci.cls] = ci.supers;
    s.classes[ci.cls] = std::move(ci);
  }
  n = r.count(3);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    const Entity* e = r.entityNonNull();
    Scheme sc = tr.scheme();
    if (e && r.ok()) s.schemes[e] = std::move(sc);
  }
  n = r.count(3);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    const Entity* e = r.entityNonNull();
    SynonymInfo si;
    size_t k = r.count();
    for (size_t j = 0; j < k && r.ok(); ++j) {
      Entity& v = s.ifaceTyVars.emplace_back();
      v.kind = EntityKind::TyVar;
      v.name = r.str();
      si.params.push_back(&v);
    }
    if (r.flag()) si.rhs = readAstType(r, arena, si.params, 0);
    if (e && r.ok()) s.synonyms[e] = std::move(si);
  }
  n = r.count(2);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    const Entity* e = r.entityNonNull();
    size_t k = r.count();
    for (size_t j = 0; j < k && r.ok(); ++j) {
      const Entity* f = r.entityNonNull();
      if (e && f) s.conFields[e].insert(f);
    }
  }
  n = r.count(4);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    InstanceInfo info;
    info.cls = r.entityNonNull();
    info.tycon = r.entityNonNull();
    size_t k = r.count();
    for (size_t j = 0; j < k && r.ok(); ++j) info.vars.push_back(tr.ty());
    k = r.count(2);
    for (size_t j = 0; j < k && r.ok(); ++j) info.context.push_back(tr.pred());
    if (!r.ok()) return false;
    Elaboration::Instance rec;
    rec.cls = info.cls;
    rec.tycon = info.tycon;
    s.elab.instances[module].push_back(std::move(rec));
    s.instances[info.cls].push_back(std::move(info));
  }
  return r.ok();
}

}  // namespace core
