#include "core/renamer.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "core/check.h"
#include "core/source_file.h"

namespace core {

bool Entity::isSym() const {
  if (name.empty()) return false;
  char c = name[0];
  return !(std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '(' || c == '[' ||
           static_cast<unsigned char>(c) >= 0x80);
}

bool ModIface::exported(const Entity* e) const {
  return std::find(exports.begin(), exports.end(), e) != exports.end();
}

namespace {

constexpr const char* kPrimModule = "Lazuli.Prim";

// Where a name in the global scope came from: defined here, or imported.
struct Provenance {
  bool local = false;
  std::string fromModule;  // imported: the module named in the import
  SrcSpan at;              // imported: the import declaration; local: the binder
};

struct GlobalEntry {
  const Entity* entity;
  Provenance how;
};

class GlobalScope {
 public:
  void add(const Entity* e, const Provenance& how, bool unqualified, const std::string& qualifier) {
    std::string k = key(namespaceOf(e->kind), e->name);
    if (unqualified) insert(unqual_[k], e, how);
    insert(qual_[qualifier + "." + k], e, how);
    qualifiers_.push_back(qualifier);
  }
  const std::vector<GlobalEntry>* lookup(Namespace ns, const std::string& qual,
                                         const std::string& name) const {
    std::string k = key(ns, name);
    const auto& table = qual.empty() ? unqual_ : qual_;
    auto it = table.find(qual.empty() ? k : qual + "." + k);
    return it == table.end() ? nullptr : &it->second;
  }
  bool knowsQualifier(const std::string& q) const {
    return std::find(qualifiers_.begin(), qualifiers_.end(), q) != qualifiers_.end();
  }

 private:
  static std::string key(Namespace ns, const std::string& name) {
    return (ns == Namespace::Value ? "v " : "t ") + name;
  }
  static void insert(std::vector<GlobalEntry>& v, const Entity* e, const Provenance& how) {
    for (const GlobalEntry& g : v)
      if (g.entity == e) return;
    v.push_back(GlobalEntry{e, how});
  }
  absl::flat_hash_map<std::string, std::vector<GlobalEntry>> unqual_, qual_;
  std::vector<std::string> qualifiers_;
};

std::string where(const SrcSpan& s) { return renderStart(s); }

// Renames one module. See Note [Renaming].
class ModuleRenamer {
 public:
  ModuleRenamer(Module& m, EntityTable& entities, const absl::flat_hash_map<std::string, ModIface>& ifaces,
                const absl::flat_hash_map<std::string, const Entity*>& builtins, AstArena& arena)
      : m_(m), entities_(entities), ifaces_(ifaces), builtins_(builtins), arena_(arena),
        module_(m.moduleName()) {}

  // For renameExpr: starts from a scope saved by an earlier run.
  void useScope(const GlobalScope& g) { global_ = g; }
  const GlobalScope& scope() const { return global_; }

  bool renameExpression(Expr* e, std::vector<Diagnostic>& diags) {
    expr(e);
    diags.insert(diags.end(), errors_.begin(), errors_.end());
    return errors_.empty();
  }

  bool run(ModIface& out, std::vector<Diagnostic>& diags) {
    collectTopLevel();
    processImports();
    for (const Entity* e : topLevel_)
      global_.add(e, Provenance{true, module_, e->defined}, true, module_);
    renameTopDecls();
    out.module = module_;
    out.defined = topLevel_;
    resolveExports(out);
    if (errors_.empty()) {
      DiagnosticSink fixSink;
      if (!resolveFixitiesWithEntities(m_, arena_, fixSink)) {
        for (const Diagnostic& d : fixSink.diagnostics()) errors_.push_back(d);
      }
    }
    std::stable_sort(errors_.begin(), errors_.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return a.span.start < b.span.start;
    });
    if (suppressed_ > 0)
      errors_.back().notes.push_back(
          absl::StrCat("(", suppressed_, " more errors in module ", quoted(module_), " not shown)"));
    diags.insert(diags.end(), errors_.begin(), errors_.end());
    return errors_.empty();
  }

 private:
  // ---- errors ---------------------------------------------------------------
  // At most kMaxErrors per module are kept: a file with thousands of
  // unknown names should not bury the first ones (or the terminal).
  static constexpr size_t kMaxErrors = 100;
  void error(const SrcSpan& at, std::string msg, std::vector<std::string> notes = {}) {
    if (errors_.size() >= kMaxErrors) {
      ++suppressed_;
      return;
    }
    errors_.push_back(Diagnostic{Severity::Error, at, std::move(msg), std::move(notes)});
  }

  // ---- top-level binders ----------------------------------------------------
  Entity* define(EntityKind kind, Name& n) {
    Entity* e = entities_.make(kind, module_, n.name, n.span);
    n.ref = e;
    Namespace ns = namespaceOf(kind);
    auto& seen = ns == Namespace::Value ? topValues_ : topTypes_;
    auto it = seen.find(n.name);
    if (it != seen.end()) {
      error(n.span, absl::StrCat("Multiple declarations of ", quoted(n.name)),
            {absl::StrCat("Declared at: ", where(it->second->defined)),
             absl::StrCat("             ", where(n.span))});
      return e;
    }
    seen[n.name] = e;
    topLevel_.push_back(e);
    return e;
  }

  static void patBinders(Pat* p, std::vector<Name*>& out) {
    if (p == nullptr) return;
    switch (p->kind) {
      case Pat::Kind::Var: out.push_back(&p->name); return;
      case Pat::Kind::As: out.push_back(&p->name); patBinders(p->p1, out); return;
      case Pat::Kind::Infix:
        for (auto& it : p->items)
          if (it.kind == InfixItem<Pat>::Kind::Operand) patBinders(it.operand, out);
        return;
      default:
        for (Pat* a : p->args) patBinders(a, out);
        patBinders(p->p1, out);
        patBinders(p->p2, out);
        for (FieldPat& f : p->fields) patBinders(f.pat, out);
        return;
    }
  }

  void collectTopLevel() {
    bool prim = module_ == kPrimModule;
    for (Decl* d : m_.decls) {
      switch (d->kind) {
        case Decl::Kind::FunBind: define(EntityKind::Var, d->name); break;
        case Decl::Kind::PatBind: {
          std::vector<Name*> vars;
          patBinders(d->pat, vars);
          for (Name* n : vars) define(EntityKind::Var, *n);
          break;
        }
        case Decl::Kind::Data: case Decl::Kind::Newtype: {
          Entity* t = define(EntityKind::TyCon, d->name);
          absl::flat_hash_map<std::string, Entity*> fields;
          for (ConDecl* c : d->cons) {
            Entity* con = define(EntityKind::Con, c->name);
            con->parent = t;
            t->children.push_back(con);
            absl::flat_hash_map<std::string, const Name*> ownFields;
            for (ConField& f : c->fields) {
              for (Name& fn : f.names) {
                auto own = ownFields.emplace(fn.name, &fn);
                if (!own.second) {  // twice in one constructor
                  error(fn.span, absl::StrCat("Multiple declarations of ", quoted(fn.name)),
                        {absl::StrCat("Declared at: ", where(own.first->second->span)),
                         absl::StrCat("             ", where(fn.span))});
                  continue;
                }
                auto it = fields.find(fn.name);
                if (it != fields.end()) {  // one field shared by several constructors
                  fn.ref = it->second;
                  continue;
                }
                Entity* fe = define(EntityKind::Field, fn);
                fe->parent = t;
                fields[fn.name] = fe;
              }
            }
          }
          for (const auto& entry : fields) t->children.push_back(entry.second);
          std::sort(t->children.begin(), t->children.end(),
                    [](const Entity* a, const Entity* b) { return a->id < b->id; });
          break;
        }
        case Decl::Kind::TypeSyn: define(EntityKind::TyCon, d->name); break;
        case Decl::Kind::Class: {
          Entity* c = define(EntityKind::Class, d->name);
          for (Decl* b : d->body) {
            if (b->kind != Decl::Kind::TypeSig) continue;
            for (Name& n : b->names) {
              Entity* me = define(EntityKind::Method, n);
              me->parent = c;
              c->children.push_back(me);
            }
          }
          break;
        }
        default:
          break;
      }
    }
    // Signatures need bindings (primitives excepted); fixities attach.
    absl::flat_hash_map<std::string, SrcSpan> sigs;
    for (Decl* d : m_.decls) {
      if (d->kind == Decl::Kind::TypeSig) {
        for (Name& n : d->names) {
          auto dup = sigs.find(n.name);
          if (dup != sigs.end()) {
            error(n.span, absl::StrCat("Duplicate type signatures for ", quoted(n.name)),
                  {absl::StrCat("at ", renderSpan(dup->second)), absl::StrCat("   ", renderSpan(n.span))});
            continue;
          }
          sigs[n.name] = n.span;
          auto it = topValues_.find(n.name);
          if (it != topValues_.end()) {
            n.ref = it->second;
          } else if (prim) {
            define(EntityKind::Prim, n);
          } else {
            error(n.span, absl::StrCat("The type signature for ", quoted(n.name),
                                       " lacks an accompanying binding"));
          }
        }
      }
    }
    auto attachFixities = [&](const std::vector<Decl*>& decls) {
      for (Decl* d : decls) {
        if (d->kind != Decl::Kind::Fixity) continue;
        for (Name& n : d->names) {
          auto it = topValues_.find(n.name);
          if (it == topValues_.end()) {
            error(n.span, absl::StrCat("The fixity signature for ", quoted(n.name),
                                       " lacks an accompanying binding"));
            continue;
          }
          n.ref = it->second;
          const_cast<Entity*>(it->second)->fixity = Fixity{d->assoc, d->precedence};
        }
      }
    };
    attachFixities(m_.decls);
    for (Decl* d : m_.decls)
      if (d->kind == Decl::Kind::Class) attachFixities(d->body);
  }

  // ---- imports ----------------------------------------------------------------
  void importFrom(const ModIface& iface, const std::string& name,
                  const SrcSpan& at, bool qualified, const std::string& asName,
                  bool hiding, bool hasList, const std::vector<IEItem>* items) {
    std::vector<const Entity*> chosen;
    auto byName = [&](Namespace ns, const std::string& n) -> const Entity* {
      for (const Entity* e : iface.exports)
        if (namespaceOf(e->kind) == ns && e->name == n) return e;
      return nullptr;
    };
    std::vector<const Entity*> listed;
    if (hasList && items != nullptr) {
      for (const IEItem& it : *items) {
        const Entity* e = nullptr;
        if (it.kind == IEItem::Kind::Var) {
          e = byName(Namespace::Value, it.name.name);
        } else {
          e = byName(Namespace::Type, it.name.name);
          if (e == nullptr && hiding) e = byName(Namespace::Value, it.name.name);  // hiding (C)
        }
        if (e == nullptr) {
          if (!hiding)
            error(it.span, absl::StrCat("Module ", quoted(name), " does not export ",
                                        quoted(it.name.str())));
          continue;
        }
        listed.push_back(e);
        if (hiding && it.kind == IEItem::Kind::Thing) {  // hiding T also hides a constructor T
          if (const Entity* c = byName(Namespace::Value, it.name.name)) listed.push_back(c);
        }
        if (it.subs == IEItem::Subs::All) {
          for (const Entity* c : e->children)
            if (iface.exported(c)) listed.push_back(c);
        } else if (it.subs == IEItem::Subs::List) {
          for (const Name& sn : it.subNames) {
            auto c = std::find_if(e->children.begin(), e->children.end(),
                                  [&](const Entity* x) { return x->name == sn.name; });
            if (c == e->children.end() || !iface.exported(*c)) {
              error(sn.span, absl::StrCat("Module ", quoted(name), " does not export ",
                                          quoted(absl::StrCat(e->name, "(", sn.name, ")"))));
              continue;
            }
            listed.push_back(*c);
          }
        }
      }
    }
    if (!hasList) {
      chosen = iface.exports;
    } else if (hiding) {
      for (const Entity* e : iface.exports)
        if (std::find(listed.begin(), listed.end(), e) == listed.end()) chosen.push_back(e);
    } else {
      chosen = listed;
    }
    Provenance how{false, name, at};
    for (const Entity* e : chosen) global_.add(e, how, !qualified, asName);
  }

  void processImports() {
    bool explicitPrelude = false;
    for (const ImportDecl* imp : m_.imports)
      if (imp->module.str() == "Prelude") explicitPrelude = true;
    if (!explicitPrelude && module_ != "Prelude" && module_ != kPrimModule) {
      const ModIface* p = findIface("Prelude");
      SrcSpan at = m_.name ? m_.name->span : SrcSpan{m_.span.file, {1, 1}, {1, 2}};
      if (p == nullptr) {
        error(at, "Could not find module \u2018Prelude\u2019",
              {"It is not a module in the current program, or in any known package."});
      } else {
        importFrom(*p, "Prelude", at, false, "Prelude", false, false, nullptr);
      }
    }
    for (const ImportDecl* imp : m_.imports) {
      std::string name = imp->module.str();
      const ModIface* iface = findIface(name);
      if (iface == nullptr) {
        error(imp->span, absl::StrCat("Could not find module ", quoted(name)),
              {"It is not a module in the current program, or in any known package."});
        continue;
      }
      importFrom(*iface, name, imp->span, imp->qualified, imp->as ? imp->as->str() : name,
                 imp->hiding, imp->hasList, &imp->items);
    }
  }

  const ModIface* findIface(const std::string& name) const {
    auto it = ifaces_.find(name);
    return it == ifaces_.end() ? nullptr : &it->second;
  }

  // ---- exports ----------------------------------------------------------------
  void exportWithChildren(ModIface& out, const Entity* e, bool children) {
    auto add = [&](const Entity* x) {
      if (!out.exported(x)) out.exports.push_back(x);
    };
    add(e);
    if (children)
      for (const Entity* c : e->children) add(c);
  }

  void resolveExports(ModIface& out) {
    if (!m_.hasExports) {
      if (!m_.name) {  // `main = ...` alone: module Main (main) where
        auto it = topValues_.find("main");
        if (it != topValues_.end()) out.exports.push_back(it->second);
        return;
      }
      for (const Entity* e : topLevel_) {
        if (e->parent != nullptr) continue;  // children come with their parent
        exportWithChildren(out, e, true);
      }
      return;
    }
    for (IEItem& it : m_.exports) {
      if (it.kind == IEItem::Kind::Module) {
        std::string q = it.name.str();
        if (q == module_) {
          for (const Entity* e : topLevel_) exportWithChildren(out, e, false);
          continue;
        }
        bool any = false;
        for (const Entity* e : allImportedFrom(q)) {
          exportWithChildren(out, e, false);
          any = true;
        }
        if (!any && !global_.knowsQualifier(q))
          error(it.span, absl::StrCat("The export item ", quoted("module " + q),
                                      " is not imported"));
        continue;
      }
      Namespace ns = it.kind == IEItem::Kind::Var ? Namespace::Value : Namespace::Type;
      const Entity* e = lookupGlobal(it.name, ns, /*report=*/false);
      if (e == nullptr && ns == Namespace::Type) e = lookupGlobal(it.name, Namespace::Value, false);
      if (e == nullptr) {
        error(it.name.span, absl::StrCat("Not in scope: ", quoted(it.name.str())));
        continue;
      }
      it.name.ref = e;
      exportWithChildren(out, e, it.subs == IEItem::Subs::All);
      if (it.subs == IEItem::Subs::List) {
        for (Name& sn : it.subNames) {
          auto c = std::find_if(e->children.begin(), e->children.end(),
                                [&](const Entity* x) { return x->name == sn.name; });
          if (c == e->children.end()) {
            error(sn.span, absl::StrCat(quoted(sn.name), " is not a (visible) constructor, field or method of ",
                                        quoted(e->name)));
            continue;
          }
          sn.ref = *c;
          exportWithChildren(out, *c, false);
        }
      }
    }
  }

  // Entities in scope both unqualified and qualified as q (report 5.2: `module M` exports).
  std::vector<const Entity*> allImportedFrom(const std::string& q) {
    std::vector<const Entity*> out;
    for (const auto& [mod, iface] : ifaces_) {
      (void)mod;
      for (const Entity* e : iface.exports) {
        Namespace ns = namespaceOf(e->kind);
        const auto* qa = global_.lookup(ns, q, e->name);
        const auto* ua = global_.lookup(ns, "", e->name);
        auto has = [&](const std::vector<GlobalEntry>* v) {
          return v && std::any_of(v->begin(), v->end(), [&](const GlobalEntry& g) { return g.entity == e; });
        };
        if (has(qa) && has(ua) && std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
      }
    }
    std::sort(out.begin(), out.end(), [](const Entity* a, const Entity* b) { return a->id < b->id; });
    return out;
  }

  // ---- lookups ----------------------------------------------------------------
  const Entity* lookupGlobal(const Name& n, Namespace ns, bool report, const char* what = nullptr) {
    if (n.qual.empty()) {
      auto b = builtins_.find((ns == Namespace::Value ? "v " : "t ") + n.name);
      if (b != builtins_.end()) return b->second;
    }
    const std::vector<GlobalEntry>* entries = global_.lookup(ns, n.qual, n.name);
    if (entries == nullptr || entries->empty()) {
      if (!report) return nullptr;
      if (!n.qual.empty()) {
        std::vector<std::string> notes;
        if (!global_.knowsQualifier(n.qual))
          notes.push_back(absl::StrCat("No module named ", quoted(n.qual), " is imported."));
        error(n.span, absl::StrCat("Not in scope: ", quoted(n.str())), std::move(notes));
      } else if (ns == Namespace::Type) {
        error(n.span, absl::StrCat("Not in scope: type constructor or class ", quoted(n.name)));
      } else {
        error(n.span, absl::StrCat(what ? what : "Variable not in scope:", " ", n.name));
      }
      return nullptr;
    }
    if (entries->size() > 1) {
      if (report) {
        std::vector<std::string> notes{"It could refer to"};
        for (size_t i = 0; i < entries->size(); ++i) {
          const GlobalEntry& g = (*entries)[i];
          std::string how = g.how.local
                                ? absl::StrCat("defined at ", where(g.entity->defined))
                                : absl::StrCat("imported from ", quoted(g.how.fromModule), " at ",
                                               renderSpan(g.how.at));
          notes.push_back(absl::StrCat(i == 0 ? "   either " : "       or ",
                                       quoted(g.entity->qualified()), ", ", how));
        }
        error(n.span, absl::StrCat("Ambiguous occurrence ", quoted(n.name)), std::move(notes));
      }
      return nullptr;
    }
    return (*entries)[0].entity;
  }

  const Entity* lookupLocal(const std::string& name) const {
    for (auto it = locals_.rbegin(); it != locals_.rend(); ++it) {
      auto f = it->find(name);
      if (f != it->end()) return f->second;
    }
    return nullptr;
  }

  void useValue(Name& n, const char* what = nullptr) {
    if (n.ref != nullptr) return;
    if (n.qual.empty() && !n.isCon) {
      if (const Entity* l = lookupLocal(n.name)) {
        n.ref = l;
        return;
      }
    }
    n.ref = lookupGlobal(n, Namespace::Value, true,
                         what ? what : n.isCon ? "Data constructor not in scope:" : nullptr);
  }

  void useType(Name& n) {
    if (n.ref != nullptr) return;
    n.ref = lookupGlobal(n, Namespace::Type, true);
  }

  // ---- local scopes -------------------------------------------------------------
  // Binds the names as locals in a new scope; reports names bound twice.
  void pushScope(const std::vector<Name*>& binders, std::string_view context = {}) {
    locals_.emplace_back();
    auto& scope = locals_.back();
    absl::flat_hash_map<std::string, Name*> first;
    for (Name* n : binders) {
      auto dup = first.find(n->name);
      if (dup != first.end()) {  // reported at the first binder, as GHC does
        std::vector<std::string> notes{absl::StrCat("Bound at: ", renderSpan(dup->second->span)),
                                       absl::StrCat("          ", renderSpan(n->span))};
        if (!context.empty()) notes.push_back(std::string(context));
        error(dup->second->span, absl::StrCat("Conflicting definitions for ", quoted(n->name)),
              std::move(notes));
        n->ref = dup->second->ref;
        continue;
      }
      Entity* e = entities_.make(EntityKind::Local, "", n->name, n->span);
      n->ref = e;
      first[n->name] = n;
      scope[n->name] = e;
    }
  }
  void popScope() { locals_.pop_back(); }

  // ---- declarations ---------------------------------------------------------------
  void renameTopDecls() {
    for (Decl* d : m_.decls) topDecl(d);
  }

  void topDecl(Decl* d) {
    switch (d->kind) {
      case Decl::Kind::FunBind: case Decl::Kind::PatBind:
        valueBinding(d);
        break;
      case Decl::Kind::TypeSig:
        signature(d->sig, {});
        break;
      case Decl::Kind::Data: case Decl::Kind::Newtype: {
        bindTyVars(d->tyvars);
        for (Assertion& a : d->context) assertion(a);
        for (ConDecl* c : d->cons) {
          for (Type* t : c->args) type(t, /*implicitVars=*/false);
          for (ConField& f : c->fields) type(f.type, false);
        }
        for (Name& cls : d->deriving) useType(cls);
        tyvars_.pop_back();
        break;
      }
      case Decl::Kind::TypeSyn:
        bindTyVars(d->tyvars);
        type(d->type, false);
        tyvars_.pop_back();
        break;
      case Decl::Kind::Class: {
        bindTyVars(d->tyvars);
        for (Assertion& a : d->context) assertion(a);
        const Entity* cls = d->name.ref;
        for (Decl* b : d->body) {
          if (b->kind == Decl::Kind::FunBind && cls != nullptr) {  // a default method
            auto m = std::find_if(cls->children.begin(), cls->children.end(),
                                  [&](const Entity* x) { return x->name == b->name.name; });
            if (m == cls->children.end())
              error(b->name.span, absl::StrCat(quoted(b->name.name), " is not a (visible) method of class ",
                                               quoted(cls->name)));
            else
              b->name.ref = *m;
          }
          if (b->kind == Decl::Kind::TypeSig) signature(b->sig, {});
          else if (b->kind == Decl::Kind::FunBind || b->kind == Decl::Kind::PatBind) valueBinding(b);
        }
        tyvars_.pop_back();
        break;
      }
      case Decl::Kind::Instance: {
        useType(d->name);
        tyvars_.emplace_back();
        for (Assertion& a : d->context) assertion(a, /*implicitVars=*/true);
        type(d->type, /*implicitVars=*/true);
        const Entity* cls = d->name.ref;
        absl::flat_hash_map<std::string, const Decl*> defined;
        for (Decl* b : d->body) {
          if (b->kind == Decl::Kind::FunBind) {
            auto [it, fresh] = defined.emplace(b->name.name, b);
            if (!fresh) {
              error(it->second->name.span, absl::StrCat("Conflicting definitions for ", quoted(b->name.name)),
                    {absl::StrCat("Bound at: ", renderSpan(it->second->name.span)),
                     absl::StrCat("          ", renderSpan(b->name.span))});
            }
          }
        }
        for (Decl* b : d->body) {
          if (b->kind == Decl::Kind::FunBind && cls != nullptr) {
            auto m = std::find_if(cls->children.begin(), cls->children.end(),
                                  [&](const Entity* x) { return x->name == b->name.name; });
            if (m == cls->children.end()) {
              error(b->name.span, absl::StrCat(quoted(b->name.name), " is not a (visible) method of class ",
                                               quoted(cls->name)));
            } else {
              b->name.ref = *m;
            }
          }
          if (b->kind == Decl::Kind::FunBind) matches(b);
          else if (b->kind == Decl::Kind::PatBind) valueBinding(b);
          else if (b->kind == Decl::Kind::TypeSig) signature(b->sig, {});
        }
        tyvars_.pop_back();
        break;
      }
      case Decl::Kind::Default:
        for (Type* t : d->types) type(t, false);
        break;
      case Decl::Kind::Inline:
        for (Name& n : d->names) useValue(n);
        break;
      case Decl::Kind::Fixity:
        break;
    }
  }

  void bindTyVars(std::vector<Name>& vars) {
    tyvars_.emplace_back();
    for (Name& v : vars) {
      Entity* e = entities_.make(EntityKind::TyVar, "", v.name, v.span);
      v.ref = e;
      tyvars_.back()[v.name] = e;
    }
  }

  // A signature's free type variables are bound implicitly (report 4.1.2).
  void signature(QualType* q, std::string_view) {
    if (q == nullptr) return;
    tyvars_.emplace_back();
    for (Assertion& a : q->context) assertion(a, true);
    type(q->type, true);
    tyvars_.pop_back();
  }

  void assertion(Assertion& a, bool implicitVars = false) {
    useType(a.cls);
    for (Type* t : a.args) type(t, implicitVars);
  }

  void type(Type* t, bool implicitVars) {
    if (t == nullptr) return;
    switch (t->kind) {
      case Type::Kind::Var: {
        for (auto it = tyvars_.rbegin(); it != tyvars_.rend(); ++it) {
          auto f = it->find(t->name.name);
          if (f != it->end()) {
            t->name.ref = f->second;
            return;
          }
        }
        if (implicitVars && !tyvars_.empty()) {
          Entity* e = entities_.make(EntityKind::TyVar, "", t->name.name, t->name.span);
          tyvars_.back()[t->name.name] = e;
          t->name.ref = e;
          return;
        }
        error(t->name.span, absl::StrCat("Not in scope: type variable ", quoted(t->name.name)));
        return;
      }
      case Type::Kind::Con:
        useType(t->name);
        return;
      default:
        type(t->t1, implicitVars);
        type(t->t2, implicitVars);
        for (Type* a : t->args) type(a, implicitVars);
        return;
    }
  }

  void valueBinding(Decl* d) {
    if (d->kind == Decl::Kind::FunBind) {
      matches(d);
    } else {
      pat(d->pat);
      rhs(d->rhs);
    }
  }

  void matches(Decl* d) {
    for (Match* m : d->matches) {
      if (m->pats.size() != d->matches[0]->pats.size()) {
        error(d->matches[0]->span,
              absl::StrCat("Equations for ", quoted(d->name.name), " have different numbers of arguments"),
              {absl::StrCat("  ", renderSpan(d->matches[0]->span)), absl::StrCat("  ", renderSpan(m->span))});
        break;
      }
    }
    for (Match* m : d->matches) {
      std::vector<Name*> binders;
      for (Pat* p : m->pats) patBinders(p, binders);
      pushScope(binders, absl::StrCat("In an equation for ", quoted(d->name.name)));
      for (Pat* p : m->pats) pat(p);
      rhs(m->rhs);
      popScope();
    }
  }

  // A let/where group: its binders scope over all of it (recursively).
  void localDecls(std::vector<Decl*>& decls) {
    std::vector<Name*> binders;
    for (Decl* d : decls) {
      if (d->kind == Decl::Kind::FunBind) binders.push_back(&d->name);
      if (d->kind == Decl::Kind::PatBind) patBinders(d->pat, binders);
    }
    pushScope(binders);
    for (Decl* d : decls) {
      switch (d->kind) {
        case Decl::Kind::TypeSig:
          for (Name& n : d->names) {
            if (const Entity* e = lookupLocalIn(locals_.back(), n.name)) {
              n.ref = e;
            } else {
              error(n.span, absl::StrCat("The type signature for ", quoted(n.name),
                                         " lacks an accompanying binding"));
            }
          }
          signature(d->sig, {});
          break;
        case Decl::Kind::Fixity:
          for (Name& n : d->names) {
            const Entity* e = lookupLocalIn(locals_.back(), n.name);
            if (e == nullptr) {
              error(n.span, absl::StrCat("The fixity signature for ", quoted(n.name),
                                         " lacks an accompanying binding"));
              continue;
            }
            n.ref = e;
            const_cast<Entity*>(e)->fixity = Fixity{d->assoc, d->precedence};
          }
          break;
        case Decl::Kind::Inline:
          for (Name& n : d->names) useValue(n);
          break;
        default:
          valueBinding(d);
          break;
      }
    }
  }

  static const Entity* lookupLocalIn(const absl::flat_hash_map<std::string, const Entity*>& scope,
                                     const std::string& name) {
    auto it = scope.find(name);
    return it == scope.end() ? nullptr : it->second;
  }

  void rhs(Rhs* r) {
    if (r == nullptr) return;
    localDecls(r->where);  // pushes a scope, even when empty
    expr(r->body);
    for (GuardedRhs* g : r->guarded) {
      size_t depth = locals_.size();
      for (Stmt* s : g->guards) stmt(s);
      expr(g->body);
      while (locals_.size() > depth) popScope();
    }
    popScope();
  }

  // Binds a statement's variables in a new scope that stays open for the
  // statements after it (the caller pops).
  void stmt(Stmt* s) {
    switch (s->kind) {
      case Stmt::Kind::Bind: {
        expr(s->expr);
        std::vector<Name*> binders;
        patBinders(s->pat, binders);
        pushScope(binders);
        pat(s->pat);
        return;
      }
      case Stmt::Kind::Let:
        localDecls(s->decls);
        return;
      case Stmt::Kind::Expr:
        expr(s->expr);
        locals_.emplace_back();  // keep one scope per statement
        return;
    }
  }

  // Occurrences inside a pattern: constructors, fields; binders are already set.
  void pat(Pat* p) {
    if (p == nullptr) return;
    switch (p->kind) {
      case Pat::Kind::Con: useValue(p->name, "Data constructor not in scope:"); break;
      case Pat::Kind::ConOp: useValue(p->name, "Data constructor not in scope:"); break;
      case Pat::Kind::Record:
        useValue(p->name, "Data constructor not in scope:");
        for (FieldPat& f : p->fields) useValue(f.field, "Not in scope: field");
        break;
      case Pat::Kind::Infix:
        for (auto& it : p->items) {
          if (it.kind == InfixItem<Pat>::Kind::Op) useValue(it.op, "Data constructor not in scope:");
          else pat(it.operand);
        }
        return;
      default:
        break;
    }
    for (Pat* a : p->args) pat(a);
    pat(p->p1);
    pat(p->p2);
    for (FieldPat& f : p->fields) pat(f.pat);
  }

  void expr(Expr* e) {
    if (e == nullptr) return;
    using K = Expr::Kind;
    switch (e->kind) {
      case K::Var: useValue(e->name); return;
      case K::Con: useValue(e->name, "Data constructor not in scope:"); return;
      case K::Lit: case K::Wildcard: return;
      case K::Infix:
        for (auto& it : e->items) {
          if (it.kind == InfixItem<Expr>::Kind::Operand) expr(it.operand);
          else if (it.kind == InfixItem<Expr>::Kind::Op) useValue(it.op);
          else useValue(it.op);  // prefix minus means `negate`; resolved like `-`
        }
        return;
      case K::OpApp: case K::LeftSection: case K::RightSection:
        useValue(e->name);
        expr(e->e1);
        expr(e->e2);
        return;
      case K::Lambda: {
        std::vector<Name*> binders;
        for (Pat* p : e->pats) patBinders(p, binders);
        pushScope(binders, "In a lambda abstraction");
        for (Pat* p : e->pats) pat(p);
        expr(e->e1);
        popScope();
        return;
      }
      case K::Let:
        localDecls(e->decls);
        expr(e->e1);
        popScope();
        return;
      case K::Case:
        expr(e->e1);
        for (Alt* a : e->alts) {
          std::vector<Name*> binders;
          patBinders(a->pat, binders);
          pushScope(binders, "In a case alternative");
          pat(a->pat);
          rhs(a->rhs);
          popScope();
        }
        return;
      case K::Do: case K::ListComp: {
        size_t depth = locals_.size();
        for (Stmt* s : e->stmts) stmt(s);
        expr(e->e1);  // a comprehension's head sees every qualifier
        while (locals_.size() > depth) popScope();
        return;
      }
      case K::TypeSig:
        expr(e->e1);
        signature(e->type, {});
        return;
      case K::RecordCon:
        useValue(e->name, "Data constructor not in scope:");
        for (FieldBind& f : e->fields) {
          useValue(f.field, "Not in scope: field");
          expr(f.value);
        }
        return;
      case K::RecordUpd:
        expr(e->e1);
        for (FieldBind& f : e->fields) {
          useValue(f.field, "Not in scope: field");
          expr(f.value);
        }
        return;
      default:
        expr(e->e1);
        expr(e->e2);
        expr(e->e3);
        for (Expr* a : e->args) expr(a);
        return;
    }
  }

  Module& m_;
  EntityTable& entities_;
  const absl::flat_hash_map<std::string, ModIface>& ifaces_;
  const absl::flat_hash_map<std::string, const Entity*>& builtins_;
  AstArena& arena_;
  std::string module_;
  std::vector<const Entity*> topLevel_;
  absl::flat_hash_map<std::string, const Entity*> topValues_, topTypes_;
  GlobalScope global_;
  std::vector<absl::flat_hash_map<std::string, const Entity*>> locals_;
  std::vector<absl::flat_hash_map<std::string, const Entity*>> tyvars_;
  std::vector<Diagnostic> errors_;
  size_t suppressed_ = 0;
};

}  // namespace

void Renamer::addInterface(ModIface iface) {
  std::string name = iface.module;
  for (const Entity* e : iface.defined) index(e);
  ifaces_[name] = std::move(iface);
}

const ModIface* Renamer::interface(const std::string& module) const {
  auto it = ifaces_.find(module);
  return it == ifaces_.end() ? nullptr : &it->second;
}

bool Renamer::renameModule(Module& m, AstArena& arena, DiagnosticSink& sink) {
  if (builtins_.empty()) makeBuiltins();
  ModIface iface;
  std::vector<Diagnostic> diags;
  ModuleRenamer r(m, entities_, ifaces_, builtins_, arena);
  bool ok = r.run(iface, diags);
  scopes_[m.moduleName()] = std::make_shared<GlobalScope>(r.scope());
  for (Diagnostic& d : diags) sink.report(std::move(d));
  addInterface(std::move(iface));
  return ok;
}

bool Renamer::renameExpr(const std::string& module, Expr*& e, AstArena& arena, DiagnosticSink& sink) {
  auto it = scopes_.find(module);
  if (it == scopes_.end()) return false;
  Module context;  // an empty module standing for the prompt
  context.name = Name{};
  context.name->name = module;
  ModuleRenamer r(context, entities_, ifaces_, builtins_, arena);
  r.useScope(*static_cast<const GlobalScope*>(it->second.get()));
  std::vector<Diagnostic> diags;
  bool ok = r.renameExpression(e, diags);
  for (Diagnostic& d : diags) sink.report(std::move(d));
  if (!ok) return false;
  e = resolveExprFixitiesWithEntities(e, arena, sink);
  return e != nullptr;
}

bool Renamer::renameProgram(ModuleGraph& graph, AstArena& arena, DiagnosticSink& sink) {
  bool ok = true;
  for (ModuleNode* node : graph.order()) {
    if (!renameModule(*node->ast, arena, sink)) {
      ok = false;
      break;  // importers of a broken module would only report follow-on errors
    }
  }
  if (ok && graph.root() != nullptr && graph.root()->name == "Main") {
    const ModIface* main = interface("Main");
    bool hasMain = main && std::any_of(main->exports.begin(), main->exports.end(),
                                       [](const Entity* e) { return e->name == "main" && e->kind == EntityKind::Var; });
    if (!hasMain) {
      const Module& m = *graph.root()->ast;
      sink.error(SrcSpan{m.span.file, {1, 1}, {1, 2}},
                 "The IO action \u2018main\u2019 is not defined in module \u2018Main\u2019");
      ok = false;
    }
  }
  return ok;
}

absl::flat_hash_map<std::string, const Entity*> Renamer::builtinTypes() {
  absl::flat_hash_map<std::string, const Entity*> out;
  for (const auto& [key, e] : builtins())
    if (key.rfind("t ", 0) == 0) out[key.substr(2)] = e;
  return out;
}

void Renamer::makeBuiltins() {
  // Built-in syntax (report 6.1): always in scope, never imported.
  auto add = [&](EntityKind k, const std::string& name) {
    Entity* e = entities_.make(k, kPrimModule, name, SrcSpan{});
    builtins_[(namespaceOf(k) == Namespace::Value ? "v " : "t ") + name] = e;
    index(e);
    return e;
  };
  Entity* unit = add(EntityKind::TyCon, "()");
  Entity* unitCon = add(EntityKind::Con, "()");
  unitCon->parent = unit;
  unit->children.push_back(unitCon);
  Entity* list = add(EntityKind::TyCon, "[]");
  for (const char* c : {"[]", ":"}) {
    Entity* con = add(EntityKind::Con, c);
    con->parent = list;
    list->children.push_back(con);
    if (con->name == ":") con->fixity = Fixity{Decl::Assoc::Right, 5};
  }
  add(EntityKind::TyCon, "->");
  for (size_t commas = 1; commas < 15; ++commas) {
    std::string tuple = absl::StrCat("(", std::string(commas, ','), ")");
    Entity* t = add(EntityKind::TyCon, tuple);
    Entity* con = add(EntityKind::Con, tuple);
    con->parent = t;
    t->children.push_back(con);
  }
}

}  // namespace core
