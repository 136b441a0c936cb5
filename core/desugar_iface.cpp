// The desugarer's part of an interface. See Note [Interface unfoldings].
#include "core/core_serial.h"
#include "core/desugar_impl.h"
#include "core/simplify.h"

namespace core {

// Note [Interface unfoldings]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~
// What an importer's desugarer needs of a module it does not compile:
//  - its top-level variables (so that references to them are the one
//    CoreVar per global that Core lint and the linker expect), each with
//    the entity it is the value of, if any;
//  - its constructors (tags, arities, fields), newtypes, primitive
//    arities, and, for Lazuli.Prim and the Prelude, the names the
//    desugarer wires in;
//  - the names of its dictionary functions, default methods, superclass
//    selectors, known instance methods and shared constant dictionaries;
//  - the unfoldings of its wrappers and small functions (Note [Primitive
//    wrappers], Note [Small functions inline]): the same Core the module
//    inlines itself, so a call inlined across modules is the code it would
//    be within the module; and the unfoldings -O inlines (Note [The
//    simplifier] in core/simplify.cpp), ticks and all. A breakpoint tick
//    keeps the name of the module that defines its site.
// Class methods and their classes are not written: they are the class
// entities' children, as the renamer's part gives them.

namespace {
// How Core read from an interface finds the program's globals and constructors.
CoreNames coreNames(Desugarer::Impl& D) {
  CoreNames names;
  names.global = [&D](const std::string& m, const std::string& name) -> CoreVar* {
    auto it = D.globalsByName.find(absl::StrCat(m, ".", name));
    return it == D.globalsByName.end() ? nullptr : it->second;
  };
  names.con = [&D](const std::string& m, const std::string& name) { return D.conNamed(m, name); };
  return names;
}
}  // namespace

void Desugarer::recordUnfoldings(const CoreModule& m) {
  for (const CoreModule::Group& g : m.groups)
    if (!g.recursive && g.binds.size() == 1 && wantsUnfolding(g.binds[0].rhs))
      impl_->unfoldings[g.binds[0].var] = g.binds[0].rhs;
}

const CoreExpr* Desugarer::unfolding(const CoreVar* v) {
  Impl& D = *impl_;
  if (auto it = D.unfoldings.find(v); it != D.unfoldings.end()) return it->second;
  auto lazy = D.lazyUnfoldings.find(v);
  if (lazy == D.lazyUnfoldings.end()) return nullptr;
  // Decoded on first use (an interface's unfoldings are read only with -O).
  CoreNames names = coreNames(D);
  IfaceReader r(lazy->second);
  const CoreExpr* e = readCoreExpr(r, D.A, names);
  if (!r.ok() || !r.atEnd()) e = nullptr;  // a damaged unfolding is not inlined (the call stays)
  D.lazyUnfoldings.erase(lazy);
  D.unfoldings[v] = e;
  return e;
}

const DataCon* Desugarer::Impl::conNamed(const std::string& mod, const std::string& name) {
  std::string k = absl::StrCat(mod, " ", name);
  if (auto it = consByName.find(k); it != consByName.end()) return it->second;
  if (consIndexed != cons.size()) {  // constructors were added since the index was built
    consByName.clear();
    for (const auto& [e, c] : cons) consByName.emplace(absl::StrCat(c->module, " ", c->name), c);
    consIndexed = cons.size();
    if (auto it = consByName.find(k); it != consByName.end()) return it->second;
  }
  if (auto it = builtins.find("v " + name); it != builtins.end() && it->second->module == mod) {
    const DataCon* c = conFor(it->second);
    consByName.emplace(k, c);
    return c;
  }
  return nullptr;
}

void Desugarer::writeInterface(const CoreModule& m, const std::vector<const Entity*>& defined,
                               IfaceWriter& w) const {
  const Impl& D = *impl_;
  const std::string& mod = m.name;
  auto own = [&](const CoreVar* v) { return v && v->module == mod; };
  // Top-level variables, each with the entity it stands for.
  absl::flat_hash_map<const CoreVar*, const Entity*> entityOf;
  for (const Entity* e : defined)
    if (auto it = D.vars.find(e); it != D.vars.end() && own(it->second)) entityOf[it->second] = e;
  std::vector<const CoreVar*> tops;
  for (const CoreModule::Group& g : m.groups)
    for (const CoreBind& b : g.binds) tops.push_back(b.var);
  w.num(tops.size());
  for (const CoreVar* v : tops) {
    w.str(v->name);
    w.str(v->typeText);
    auto it = entityOf.find(v);
    w.entity(it == entityOf.end() ? nullptr : it->second);
  }
  // Constructors (a class's: its dictionary's), newtypes, fields, primitives.
  std::vector<const Entity*> withCon, newtypes, withFields, prims;
  for (const Entity* e : defined) {
    if (auto it = D.cons.find(e); it != D.cons.end() && it->second->module == mod) withCon.push_back(e);
    if (D.newtypeCons.contains(e)) newtypes.push_back(e);
    if (D.conFields.contains(e)) withFields.push_back(e);
    if (D.primArity.contains(e)) prims.push_back(e);
  }
  w.num(withCon.size());
  for (const Entity* e : withCon) {
    const DataCon* c = D.cons.at(e);
    w.entity(e);
    w.str(c->name);
    w.num(c->tag);
    w.num(c->arity);
    w.num(c->fields.size());
    for (const std::string& f : c->fields) w.str(f);
  }
  w.num(newtypes.size());
  for (const Entity* e : newtypes) w.entity(e);
  w.num(withFields.size());
  for (const Entity* e : withFields) {
    w.entity(e);
    const std::vector<const Entity*>& fs = D.conFields.at(e);
    w.num(fs.size());
    for (const Entity* f : fs) w.entity(f);
  }
  w.num(prims.size());
  for (const Entity* e : prims) {
    w.entity(e);
    w.num(D.primArity.at(e));
  }
  std::vector<std::pair<std::string, const Entity*>> wired;
  for (const auto& [name, e] : D.wired)
    if (e && e->module == mod) wired.emplace_back(name, e);
  std::sort(wired.begin(), wired.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  w.num(wired.size());
  for (const auto& [name, e] : wired) {
    w.str(name);
    w.entity(e);
  }
  // Dictionary names.
  std::vector<const Entity*> classes;
  for (const Entity* e : defined)
    if (D.superSelectors.contains(e)) classes.push_back(e);
  w.num(classes.size());
  for (const Entity* c : classes) {
    w.entity(c);
    const std::vector<CoreVar*>& sels = D.superSelectors.at(c);
    w.num(sels.size());
    for (const CoreVar* v : sels) w.str(v->name);
  }
  std::vector<const Entity*> methods;
  for (const Entity* e : defined)
    if (auto it = D.defaultMethods.find(e); it != D.defaultMethods.end() && own(it->second)) methods.push_back(e);
  w.num(methods.size());
  for (const Entity* e : methods) {
    w.entity(e);
    w.str(D.defaultMethods.at(e)->name);
  }
  // Hash maps iterate in no fixed order: the entries are sorted by their
  // variables' names so that the same module gives the same interface.
  auto byName = [](auto& v) {
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second->name < b.second->name; });
  };
  std::vector<std::pair<std::pair<const Entity*, const Entity*>, const CoreVar*>> dfuns;
  for (const auto& [k, v] : D.dfuns)
    if (own(v)) dfuns.emplace_back(k, v);
  byName(dfuns);
  w.num(dfuns.size());
  for (const auto& [k, v] : dfuns) {
    w.entity(k.first);
    w.entity(k.second);
    w.str(v->name);
  }
  std::vector<std::pair<std::tuple<const Entity*, const Entity*, const Entity*>, const CoreVar*>> known;
  for (const auto& [k, v] : D.knownMethods)
    if (own(v)) known.emplace_back(k, v);
  byName(known);
  w.num(known.size());
  for (const auto& [k, v] : known) {
    w.entity(std::get<0>(k));
    w.entity(std::get<1>(k));
    w.entity(std::get<2>(k));
    w.str(v->name);
  }
  std::vector<std::pair<std::string, const CoreVar*>> dicts;
  for (const auto& [k, v] : D.constantDicts)
    if (own(v)) dicts.emplace_back(k, v);
  byName(dicts);
  w.num(dicts.size());
  for (const auto& [k, v] : dicts) {
    w.str(k);
    w.str(v->name);
  }
  // Unfoldings, in the module's order. Those -O inlines are each written
  // on their own (their own file-name table), as a string: the reader keeps
  // the bytes and decodes one only when the simplifier asks for it.
  for (const auto* table : {&D.wrappers, &D.smallFunctions, &D.unfoldings}) {
    std::vector<const CoreVar*> vs;
    for (const CoreVar* v : tops)
      if (table->contains(v)) vs.push_back(v);
    w.num(vs.size());
    for (const CoreVar* v : vs) {
      w.str(v->name);
      if (table != &D.unfoldings) {
        writeCoreExpr(table->at(v), w);
        continue;
      }
      IfaceWriter one;
      writeCoreExpr(table->at(v), one);
      w.str(one.bytes());
    }
  }
}

bool Desugarer::readInterface(const std::string& mod, const std::vector<const Entity*>& defined, IfaceReader& r) {
  Impl& D = *impl_;
  absl::flat_hash_map<std::string, CoreVar*> own;  // by name
  size_t n = r.count(3);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    std::string name = r.str();
    std::string typeText = r.str();
    const Entity* e = r.entity();
    if (!r.ok()) return false;
    CoreVar* v = D.A.var(name, mod);
    v->typeText = std::move(typeText);
    if (!own.emplace(name, v).second) {
      r.fail("interface defines " + name + " twice");
      return false;
    }
    D.addGlobal(v);
    if (e) D.vars[e] = v;
  }
  auto ownVar = [&](const std::string& name) -> CoreVar* {
    auto it = own.find(name);
    if (it != own.end()) return it->second;
    r.fail("interface names " + name + ", which the module does not define");
    return nullptr;
  };
  n = r.count(5);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    const Entity* e = r.entityNonNull();
    DataCon c;
    c.module = mod;
    c.name = r.str();
    c.tag = static_cast<uint32_t>(r.num());
    c.arity = static_cast<uint32_t>(r.num());
    size_t k = r.count();
    for (size_t j = 0; j < k && r.ok(); ++j) c.fields.push_back(r.str());
    if (e && r.ok()) D.cons[e] = D.A.con(std::move(c));
  }
  n = r.count();
  for (size_t i = 0; i < n && r.ok(); ++i)
    if (const Entity* e = r.entityNonNull()) D.newtypeCons.insert(e);
  n = r.count(2);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    const Entity* e = r.entityNonNull();
    std::vector<const Entity*> fs;
    size_t k = r.count();
    for (size_t j = 0; j < k && r.ok(); ++j) fs.push_back(r.entity());
    if (e) D.conFields[e] = std::move(fs);
  }
  n = r.count(2);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    const Entity* e = r.entityNonNull();
    uint32_t arity = static_cast<uint32_t>(r.num());
    if (e) D.primArity[e] = arity;
  }
  n = r.count(2);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    std::string name = r.str();
    const Entity* e = r.entityNonNull();
    if (e) D.wired.emplace(name, e);  // the first module to define a name wins, as in desugarModule
  }
  n = r.count(2);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    const Entity* c = r.entityNonNull();
    std::vector<CoreVar*> sels;
    size_t k = r.count();
    for (size_t j = 0; j < k && r.ok(); ++j) sels.push_back(ownVar(r.str()));
    if (c) D.superSelectors[c] = std::move(sels);
  }
  n = r.count(2);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    const Entity* m = r.entityNonNull();
    CoreVar* v = ownVar(r.str());
    if (m && v) D.defaultMethods[m] = v;
  }
  n = r.count(3);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    const Entity* cls = r.entityNonNull();
    const Entity* tycon = r.entityNonNull();
    CoreVar* v = ownVar(r.str());
    if (cls && tycon && v) D.dfuns[{cls, tycon}] = v;
  }
  n = r.count(4);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    const Entity* cls = r.entityNonNull();
    const Entity* tycon = r.entityNonNull();
    const Entity* m = r.entityNonNull();
    CoreVar* v = ownVar(r.str());
    if (cls && tycon && m && v) D.knownMethods[{cls, tycon, m}] = v;
  }
  n = r.count(2);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    std::string k = r.str();
    CoreVar* v = ownVar(r.str());
    if (v) D.constantDicts.emplace(std::move(k), v);
  }
  CoreNames names = coreNames(D);
  for (auto* table : {&D.wrappers, &D.smallFunctions}) {
    n = r.count(2);
    for (size_t i = 0; i < n && r.ok(); ++i) {
      CoreVar* v = ownVar(r.str());
      CoreExpr* e = readCoreExpr(r, D.A, names);
      if (v && e) (*table)[v] = e;
    }
  }
  n = r.count(2);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    CoreVar* v = ownVar(r.str());
    std::string bytes = r.str();
    if (v) D.lazyUnfoldings[v] = std::move(bytes);
  }
  // Classes' methods, as declareClass records them.
  for (const Entity* cls : defined) {
    if (cls->kind != EntityKind::Class) continue;
    std::vector<const Entity*> methods;
    for (const Entity* m : cls->children)
      if (m->kind == EntityKind::Method) methods.push_back(m);
    for (const Entity* m : methods) D.methodClass[m] = cls;
    D.classMethods[cls] = std::move(methods);
  }
  return r.ok();
}

}  // namespace core
