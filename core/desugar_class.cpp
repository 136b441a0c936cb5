// Classes and instances as dictionaries.
#include "core/desugar_impl.h"

namespace core {

// Note [Dictionaries]
// ~~~~~~~~~~~~~~~~~~~
// A class C with superclasses S1..Sk and methods m1..mn is a constructor
// C:C of arity k + n; a dictionary holds the superclasses' dictionaries and
// then the methods. Each method mi is a top-level selector (\d -> case d of
// C:C ... -> mi), each superclass a selector $p<i>C, each default method a
// function $dm<m> of the class's dictionary (and the method's own context).
// An instance `instance ctx => C (T a..)` is a dictionary function
//     $fCT = \ctx -> letrec self = C:C supers methods in self
// whose methods are the instance's own bindings $c<m>_<C><T> (functions of
// ctx and the method's own context), the class's default applied to self,
// or a runtime error naming the missing method. Evidence (Note [Dictionary
// evidence]) is expanded where it is used: parameters are variables,
// instances calls of their dictionary function, superclasses selections;
// a dictionary is therefore rebuilt at each use rather than shared.

namespace {

// A type constructor's name as part of an identifier: [] is List, (,) Tuple2.
std::string tyconPart(const Entity* t) {
  if (t == nullptr) return "?";
  const std::string& n = t->name;
  if (n == "[]") return "List";
  if (n == "()") return "Unit";
  if (n == "->") return "Fun";
  if (!n.empty() && n[0] == '(') return absl::StrCat("Tuple", n.size() - 1);
  return n;
}

}  // namespace

void Desugarer::Impl::declareClass(Decl* d) {
  const Entity* cls = d->name.ref;
  if (cls == nullptr) return;
  std::vector<const Entity*> methods;
  for (const Entity* m : cls->children)
    if (m->kind == EntityKind::Method) methods.push_back(m);
  classMethods[cls] = methods;
  for (const Entity* m : methods) methodClass[m] = cls;
  std::vector<const Entity*> supers;
  if (auto it = elab.supers.find(cls); it != elab.supers.end()) supers = it->second;
  DataCon dc;
  dc.module = module;
  dc.name = "C:" + cls->name;
  dc.arity = static_cast<uint32_t>(supers.size() + methods.size());
  const DataCon* p = A.con(std::move(dc));
  cons[cls] = p;
  out->constructors.push_back(p);
  std::vector<CoreVar*>& sels = superSelectors[cls];
  for (size_t k = 0; k < supers.size(); ++k) sels.push_back(A.var(absl::StrCat("$p", k + 1, cls->name), module));
  for (Decl* b : d->body)
    if (b->kind == Decl::Kind::FunBind && b->name.ref)
      defaultMethods[b->name.ref] = A.var("$dm" + b->name.ref->name, module);
}

void Desugarer::Impl::classBindings(Decl* d, std::vector<CoreBind>& outBinds) {
  const Entity* cls = d->name.ref;
  if (cls == nullptr) return;
  const DataCon* dc = cons[cls];
  const std::vector<const Entity*>& methods = classMethods[cls];
  size_t nSupers = superSelectors[cls].size();
  // Selector of field i: \d -> case d of C:C x1 .. xn -> xi
  auto selector = [&](size_t i, const std::string& name) {
    CoreVar* dv = fresh("d");
    CoreAlt alt;
    alt.kind = CoreAlt::Kind::Con;
    alt.con = dc;
    for (uint32_t j = 0; j < dc->arity; ++j) alt.binders.push_back(fresh(j == i ? name : "x"));
    alt.rhs = var(alt.binders[i]);
    return lam({dv}, caseOf(var(dv), nullptr, {alt}, d->name.span), d->name.span);
  };
  for (size_t k = 0; k < nSupers; ++k) outBinds.push_back(CoreBind{superSelectors[cls][k], selector(k, "super")});
  for (size_t i = 0; i < methods.size(); ++i)
    outBinds.push_back(CoreBind{varFor(methods[i]), selector(nSupers + i, methods[i]->name)});
  for (Decl* b : d->body) {
    if (b->kind != Decl::Kind::FunBind || !b->name.ref) continue;
    std::vector<EvId> params;
    if (auto it = elab.params.find(b); it != elab.params.end()) params = it->second;
    CoreExpr* rhsExpr = funBind(b, b->name.name, bindDictParams(params));
    outBinds.push_back(CoreBind{defaultMethods[b->name.ref], rhsExpr});
  }
}

void Desugarer::Impl::declareInstances() {
  auto it = elab.instances.find(module);
  if (it == elab.instances.end()) return;
  for (const Elaboration::Instance& inst : it->second)
    dfuns[{inst.cls, inst.tycon}] = A.var(absl::StrCat("$f", inst.cls->name, tyconPart(inst.tycon)), module);
}

void Desugarer::Impl::instanceBindings(const Elaboration::Instance& inst, std::vector<CoreBind>& outBinds) {
  const DataCon* dc = cons.contains(inst.cls) ? cons[inst.cls] : nullptr;
  CoreVar* dfun = dfuns[{inst.cls, inst.tycon}];
  SrcSpan at = inst.decl ? inst.decl->span : SrcSpan{};
  if (dc == nullptr || dfun == nullptr) {
    errors.push_back(Diagnostic{Severity::Error, at, "internal error: an instance of an unknown class", {}});
    return;
  }
  std::vector<CoreVar*> ctx = bindDictParams(inst.context);
  CoreVar* self = fresh("self");
  std::vector<CoreExpr*> fields;
  for (EvId s : inst.supers) fields.push_back(evidence(s, at));
  std::string prefix = absl::StrCat(inst.cls->name, tyconPart(inst.tycon));
  auto ctxArgs = [&] {
    std::vector<CoreExpr*> as;
    for (CoreVar* v : ctx) as.push_back(var(v));
    return as;
  };
  for (const Entity* m : classMethods[inst.cls]) {
    CoreExpr* impl = nullptr;
    if (inst.derived) {
      impl = derivedMethod(inst, m);
    } else if (inst.decl) {
      for (Decl* b : inst.decl->body) {
        if (b->kind != Decl::Kind::FunBind || b->name.ref != m) continue;
        CoreVar* mv = A.var(absl::StrCat("$c", prefix, "_", m->name), module);
        std::vector<EvId> params;
        if (auto it = elab.params.find(b); it != elab.params.end()) params = it->second;
        knownMethods[{inst.cls, inst.tycon, m}] = mv;
        outBinds.push_back(CoreBind{mv, funBind(b, m->name, bindDictParams(params))});
        impl = app(var(mv), ctxArgs());
      }
    }
    if (impl == nullptr) {
      if (auto dm = defaultMethods.find(m); dm != defaultMethods.end()) {
        impl = app(var(dm->second), {var(self)});
      } else {
        SrcSpan head = at;
        if (inst.decl && inst.decl->kind == Decl::Kind::Instance && inst.decl->type)
          head = SrcSpan{inst.decl->name.span.file, inst.decl->name.span.start, inst.decl->type->span.end};
        impl = failWith(head, "No instance nor default method for class operation " + m->name);
      }
    }
    fields.push_back(impl);
  }
  CoreExpr* dict = A.expr(CoreExpr::Kind::LetRec);
  dict->binds.push_back(CoreBind{self, conApp(dc, std::move(fields), at)});
  dict->body = var(self);
  outBinds.push_back(CoreBind{dfun, lam(ctx, dict, at)});
}

std::vector<CoreVar*> Desugarer::Impl::bindDictParams(const std::vector<EvId>& evs) {
  std::vector<CoreVar*> out;
  for (EvId ev : evs) {
    const Pred& p = elab.ev[ev].pred;
    CoreVar* v = fresh(absl::StrCat("d", p.cls ? p.cls->name : "ict"));
    dictParams[ev] = v;
    dictParamEv[v] = ev;
    out.push_back(v);
  }
  return out;
}

CoreExpr* Desugarer::Impl::evidence(EvId id, const SrcSpan& at) {
  for (int hops = 0; hops < 10000; ++hops) {
    if (id == 0 || id >= elab.ev.size()) break;
    const EvTerm& t = elab.ev[id];
    switch (t.kind) {
      case EvTerm::Kind::Param: {
        auto it = dictParams.find(id);
        if (it == dictParams.end()) break;
        return var(it->second, at);
      }
      case EvTerm::Kind::Same:
        id = t.from;
        continue;
      case EvTerm::Kind::Instance: {
        auto it = dfuns.find({t.pred.cls, t.tycon});
        if (it == dfuns.end()) break;
        std::string key;
        if (!t.args.empty() && constantKey(id, &key)) {
          if (auto c = constantDicts.find(key); c != constantDicts.end()) return var(c->second, at);
        }
        std::vector<CoreExpr*> args;
        for (EvId a : t.args) args.push_back(evidence(a, at));
        CoreExpr* dict = app(var(it->second, at), std::move(args), at);
        if (key.empty()) return dict;
        CoreVar* g = A.var(absl::StrCat("$dict", constantDicts.size()), module);
        constantDicts[key] = g;
        constantDictBinds.push_back(CoreBind{g, dict});
        return var(g, at);
      }
      case EvTerm::Kind::Super: {
        const Entity* from = elab.ev[t.from].pred.cls;
        auto it = superSelectors.find(from);
        if (it == superSelectors.end() || t.superIndex >= it->second.size()) break;
        CoreVar* sel = it->second[t.superIndex];
        EvId inner = t.from;
        auto make = [this, sel, inner, at] { return app(var(sel, at), {evidence(inner, at)}, at); };
        std::string key;
        int scope = hoistRoot(id, &key);
        if (scope >= 0) return hoisted(scope, key, make, "dsup");
        return make();
      }
      case EvTerm::Kind::Unsolved:
        break;
    }
    break;
  }
  errors.push_back(Diagnostic{Severity::Error, at, "internal error: no dictionary for a class constraint here", {}});
  return failWith(at, "internal error: missing dictionary");
}

// Note [Shared constant dictionaries]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// A dictionary built only from instances (`Ord (String, Int)` is
// $fOrdTuple2 ($fOrdList $fOrdChar) $fOrdInt) is the same value wherever
// it is needed. Applying the dictionary functions at each use would build
// a new record of methods every time (in a comparison function called by
// sortBy, once per comparison), so each such dictionary becomes a top-level
// CAF ($dict<N>) of the module that first needs it, shared by every later
// use in that module and the modules after it.
bool Desugarer::Impl::constantKey(EvId id, std::string* key, int depth) const {
  if (depth > 100) return false;
  for (int hops = 0; hops < 10000 && id != 0 && id < elab.ev.size(); ++hops) {
    const EvTerm& t = elab.ev[id];
    switch (t.kind) {
      case EvTerm::Kind::Same: id = t.from; continue;
      case EvTerm::Kind::Instance: {
        auto it = dfuns.find({t.pred.cls, t.tycon});
        if (it == dfuns.end()) return false;
        std::string k = it->second->display();
        if (!t.args.empty()) {
          k += "(";
          for (EvId a : t.args) {
            std::string sub;
            if (!constantKey(a, &sub, depth + 1)) return false;
            absl::StrAppend(&k, sub, ",");
          }
          k += ")";
        }
        *key = std::move(k);
        return true;
      }
      case EvTerm::Kind::Super: {
        std::string sub;
        if (!constantKey(t.from, &sub, depth + 1)) return false;
        *key = absl::StrCat(sub, ".", t.superIndex);
        return true;
      }
      default: return false;
    }
  }
  return false;
}

// Note [Hoisted dictionary values]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// Inside a binding with dictionary parameters, superclass selections
// (`$p1Ord ($p2Real dIntegral)`) and method selections (`mod dIntegral`)
// from those parameters are the same values however often the body needs
// them. Each is let-bound once, at the top of the binding that binds its
// root parameter (lazily: a thunk), and every use refers to that variable.
// So a loop inside a polymorphic local function (`sieve` in a where without
// a signature) selects its methods once per call of the function, not once
// per iteration. GHC gets the same effect from its simplifier (CSE and
// floating); without it, -O0 code would rebuild the chain each time.
int Desugarer::Impl::hoistRoot(EvId id, std::string* key) const {
  std::string path;
  for (int hops = 0; hops < 10000 && id != 0 && id < elab.ev.size(); ++hops) {
    const EvTerm& t = elab.ev[id];
    if (t.kind == EvTerm::Kind::Same) {
      id = t.from;
    } else if (t.kind == EvTerm::Kind::Super) {
      path = absl::StrCat(".", t.superIndex, path);
      id = t.from;
    } else if (t.kind == EvTerm::Kind::Param) {
      for (size_t i = hoistScopes.size(); i-- > 0;)
        if (hoistScopes[i].params.contains(id)) {
          *key = absl::StrCat(id, path);
          return static_cast<int>(i);
        }
      return -1;
    } else {
      return -1;
    }
  }
  return -1;
}

CoreExpr* Desugarer::Impl::hoisted(int scope, const std::string& key, const std::function<CoreExpr*()>& make,
                                   const char* name) {
  auto found = hoistScopes[static_cast<size_t>(scope)].memo.find(key);
  if (found != hoistScopes[static_cast<size_t>(scope)].memo.end()) return var(found->second);
  CoreExpr* e = make();  // may hoist its own parts first (so they come earlier)
  CoreVar* v = fresh(name);
  HoistScope& sc = hoistScopes[static_cast<size_t>(scope)];
  sc.lets.push_back(CoreBind{v, e});
  sc.memo[key] = v;
  return var(v);
}

// Note [Known instance methods]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// A method used at an instance known statically (`x + 1` at Int:
// Prelude.+ Prelude.$fNumInt) refers to the instance's own binding of the
// method directly ($cNumInt_+), skipping the dictionary and the selector;
// an instance with a context passes the context's dictionaries to the
// binding instead of building the instance's dictionary (`compare xs ys`
// at [a] inside Ord [a] is $cOrdList_compare dOrd xs ys, not a new Ord [a]
// dictionary at every step of the recursion). The meaning is the same: the
// dictionary's field is that binding applied to the context. Default and
// derived methods keep the dictionary (they have no binding of their own). This is what GHC's simplifier
// does by inlining the selector and the dictionary; we do it in the
// desugarer because it is certain, cheap, and changes no tick.
CoreExpr* Desugarer::Impl::knownMethod(const Entity* method, const std::vector<EvId>& evs, const SrcSpan& at) {
  auto cls = methodClass.find(method);
  if (cls == methodClass.end() || evs.empty()) return nullptr;
  EvId id = evs[0];
  for (int hops = 0; hops < 100 && id != 0 && id < elab.ev.size() && elab.ev[id].kind == EvTerm::Kind::Same; ++hops)
    id = elab.ev[id].from;
  if (id == 0 || id >= elab.ev.size()) return nullptr;
  const EvTerm& t = elab.ev[id];
  if (t.kind != EvTerm::Kind::Instance || t.pred.cls != cls->second) return nullptr;
  auto it = knownMethods.find({t.pred.cls, t.tycon, method});
  if (it == knownMethods.end()) return nullptr;
  // The method's binding takes the instance's context first, then its own.
  std::vector<EvId> args = t.args;
  args.insert(args.end(), evs.begin() + 1, evs.end());
  return applyEvidence(var(it->second, at), args, at);
}

CoreExpr* Desugarer::Impl::applyEvidence(CoreExpr* f, const std::vector<EvId>& evs, const SrcSpan& at) {
  std::vector<CoreExpr*> ds;
  for (EvId ev : evs) ds.push_back(evidence(ev, at));
  return app(f, std::move(ds), at);
}

}  // namespace core
