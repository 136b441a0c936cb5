// The desugarer's state, shared by its parts: expressions and bindings
// (desugar.cpp), pattern matching (desugar_match.cpp), classes and
// instances (desugar_class.cpp), derived instances (desugar_derive.cpp).
// Internal to core/.
#pragma once

#include <algorithm>
#include <functional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "core/desugar.h"

namespace core {

// One row of a match: patterns for the remaining scrutinees and the
// right-hand side, built once the patterns have bound their variables; it
// may fall through to `fail`.
struct Equation {
  std::vector<Pat*> pats;
  std::function<CoreExpr*(CoreExpr* fail)> rhs;
};

struct Desugarer::Impl {
  Impl(const Elaboration& e, const absl::flat_hash_map<std::string, const Entity*>& b, CoreArena& a,
       DesugarOptions o)
      : elab(e), builtins(b), A(a), opts(o) {}

  const Elaboration& elab;
  const absl::flat_hash_map<std::string, const Entity*>& builtins;
  CoreArena& A;
  DesugarOptions opts;
  AstArena patArena;  // patterns the desugarer makes (list and string patterns)

  // ---- the module being desugared ----
  std::string module;
  CoreModule* out = nullptr;
  std::vector<Diagnostic> errors;
  uint32_t nextName = 0;

  // ---- what names become ----
  absl::flat_hash_map<const Entity*, CoreVar*> vars;          // values (globals, locals, aliases)
  absl::flat_hash_map<const Entity*, const DataCon*> cons;    // constructors; classes' dictionaries
  absl::flat_hash_set<const Entity*> newtypeCons;             // erased (Note [Newtypes])
  absl::flat_hash_map<const Entity*, std::vector<const Entity*>> conFields;  // constructor -> field per position (or null)
  absl::flat_hash_map<const Entity*, uint32_t> primArity;
  absl::flat_hash_map<std::string, const Entity*> wired;      // names of Lazuli.Prim and the Prelude
  std::vector<const CoreVar*> allGlobals;
  // Every global by "module.name" (what interfaces refer to them by).
  absl::flat_hash_map<std::string, CoreVar*> globalsByName;
  void addGlobal(CoreVar* v) {
    allGlobals.push_back(v);
    globalsByName.emplace(absl::StrCat(v->module, ".", v->name), v);
  }
  // A constructor by module and name (built-in syntax included); null if unknown.
  const DataCon* conNamed(const std::string& module, const std::string& name);
  absl::flat_hash_map<std::string, const DataCon*> consByName;  // conNamed's index
  size_t consIndexed = 0;                                        // of cons.size() entries

  // ---- dictionaries ----
  absl::flat_hash_map<EvId, CoreVar*> dictParams;             // Param evidence in scope
  absl::flat_hash_map<const CoreVar*, EvId> dictParamEv;      // and back
  absl::flat_hash_map<const Entity*, std::vector<CoreVar*>> monoApply;  // Note [Recursive uses]
  absl::flat_hash_map<std::pair<const Entity*, const Entity*>, CoreVar*> dfuns;  // (class, tycon)
  absl::flat_hash_map<const Entity*, CoreVar*> defaultMethods;  // method -> $dm
  absl::flat_hash_map<const Entity*, std::vector<CoreVar*>> superSelectors;  // class -> $p1C, $p2C, ...
  absl::flat_hash_map<const Entity*, std::vector<const Entity*>> classMethods;
  absl::flat_hash_map<const Entity*, const Entity*> methodClass;  // method -> its class
  // (class, tycon, method) -> the method's own binding in an instance without
  // a context (Note [Known instance methods] in core/desugar_class.cpp).
  absl::flat_hash_map<std::tuple<const Entity*, const Entity*, const Entity*>, CoreVar*> knownMethods;

  // ---- the enclosing bindings (cost-centre names) ----
  std::vector<std::string> ccPath;

  // ---- dictionary values shared per binding (Note [Hoisted dictionary values]) ----
  struct HoistScope {
    absl::flat_hash_set<EvId> params;                 // the dictionary parameters it binds
    std::vector<CoreBind> lets;                       // in dependency order
    absl::flat_hash_map<std::string, CoreVar*> memo;  // chain key -> its variable
  };
  std::vector<HoistScope> hoistScopes;

  // ---- dictionaries built from instances only (Note [Shared constant dictionaries]) ----
  absl::flat_hash_map<std::string, CoreVar*> constantDicts;  // evidence key -> its global
  std::vector<CoreBind> constantDictBinds;                    // this module's new ones
  bool constantKey(EvId id, std::string* key, int depth = 0) const;
  int hoistRoot(EvId id, std::string* key) const;
  CoreExpr* hoisted(int scope, const std::string& key, const std::function<CoreExpr*()>& make, const char* name);

  // desugar.cpp: expressions and bindings
  // Where a breakpoint tick goes (Note [Break sites]): expr() ticks an
  // application, rhsExpr() anything but a let.
  CoreExpr* expr(Expr* e);
  CoreExpr* rhsExpr(Expr* e);
  CoreExpr* exprUnticked(Expr* e);
  CoreExpr* application(Expr* head, std::vector<CoreExpr*> args, const SrcSpan& at);
  CoreExpr* occurrence(const Entity* e, const void* node, const SrcSpan& at);
  CoreExpr* literal(const Literal& l, const void* node, bool negative, const SrcSpan& at);
  CoreExpr* doStmts(Expr* e, size_t i);
  CoreExpr* comprehension(Expr* e, size_t i, std::function<CoreExpr*()> tail);
  CoreExpr* recordCon(Expr* e);
  CoreExpr* recordUpd(Expr* e);
  CoreExpr* rhs(Rhs* r, CoreExpr* fail);
  CoreExpr* guards(const std::vector<Stmt*>& stmts, size_t i, std::function<CoreExpr*(CoreExpr*)> body,
                   CoreExpr* fail);
  CoreExpr* letBlock(std::vector<Decl*>& decls, CoreExpr* body);
  std::vector<CoreBind> bindings(std::vector<Decl*>& decls, bool topLevel);
  // `monoSelf`: see Note [Dictionaries outside the recursion] in core/desugar.cpp.
  CoreExpr* funBind(Decl* d, const std::string& name, const std::vector<CoreVar*>& dicts,
                    CoreVar* monoSelf = nullptr);
  absl::flat_hash_map<const Entity*, CoreVar*> monoSelves;  // recursive uses -> the inner binding
  void patBind(Decl* d, bool topLevel, std::vector<CoreBind>& out);
  CoreExpr* withTick(CoreExpr* e, const Expr& source);
  CoreExpr* tickSite(CoreExpr* e, const SrcSpan& at, const std::vector<std::pair<const Entity*, CoreVar*>>& captured,
                     const std::vector<std::string>& names = {});
  // Locals a tick does not capture: the binders of the recursive binding
  // groups being desugared (GHC's ticks see their monomorphic copies, which
  // are not in scope as variables). Counts, for nesting.
  absl::flat_hash_map<const Entity*, int> recursiveBinders;
  // Pattern bindings being desugared: (ccPath's size at the binding, the
  // name their break sites' declaration path gets there).
  std::vector<std::pair<size_t, std::string>> breakPathMarks;
  absl::flat_hash_map<const Decl*, std::vector<const Entity*>> recursiveGroups(const std::vector<Decl*>& decls);
  bool breakSitesHere() const {
    return opts.breakpoints && out != nullptr && !(opts.isLibraryModule && opts.isLibraryModule(module)) &&
           !(opts.breakSitesIn && !opts.breakSitesIn(module));
  }
  std::string localTypeText(const Entity* v) const { return elab.localType ? elab.localType(v) : std::string(); }
  CoreExpr* withCostCentre(CoreExpr* e, const std::string& name, const SrcSpan& at);

  // desugar_match.cpp
  CoreExpr* match(std::vector<CoreVar*> scruts, std::vector<Equation> eqs, CoreExpr* fail);
  CoreExpr* matchOne(CoreVar* scrut, Pat* p, std::function<CoreExpr*(CoreExpr*)> body, CoreExpr* fail);
  CoreExpr* lazyMatch(CoreVar* scrut, Pat* p, CoreExpr* body, const SrcSpan& at);
  std::vector<const Entity*> patVars(Pat* p);
  CoreExpr* shared(CoreExpr* e, const std::function<CoreExpr*(CoreExpr*)>& k, const char* name = "fail");
  // A copy of a small expression (a variable, or an error call): Core is a
  // tree, so an expression used in two places is copied.
  CoreExpr* clone(const CoreExpr* e);
  static void findUses(CoreExpr* e, const CoreVar* v, bool inLam, std::vector<CoreExpr*>& uses, bool& underLambda);

  // desugar_class.cpp
  void declareClass(Decl* d);
  void classBindings(Decl* d, std::vector<CoreBind>& out);
  void declareInstances();
  void instanceBindings(const Elaboration::Instance& inst, std::vector<CoreBind>& out);
  CoreExpr* evidence(EvId id, const SrcSpan& at);
  // A class method used at a known instance: its binding, or null.
  CoreExpr* knownMethod(const Entity* method, const std::vector<EvId>& evs, const SrcSpan& at);
  CoreExpr* applyEvidence(CoreExpr* f, const std::vector<EvId>& evs, const SrcSpan& at);
  std::vector<CoreVar*> bindDictParams(const std::vector<EvId>& evs);

  // desugar_derive.cpp
  CoreExpr* derivedMethod(const Elaboration::Instance& inst, const Entity* method);

  // ---- data types ----
  void declareData(Decl* d);
  void dataBindings(Decl* d, std::vector<CoreBind>& out);
  const DataCon* conFor(const Entity* con);
  size_t constructorsOfType(const Entity* con);

  // ---- small builders ----
  CoreVar* fresh(const std::string& name) { return A.var(name); }
  CoreVar* global(const std::string& name) {
    CoreVar* v = A.var(name, module);
    addGlobal(v);
    return v;
  }
  CoreVar* varFor(const Entity* e);
  CoreExpr* var(CoreVar* v, const SrcSpan& at = {}) {
    CoreExpr* x = A.expr(CoreExpr::Kind::Var);
    x->var = v;
    x->span = at;
    return x;
  }
  CoreExpr* app(CoreExpr* f, std::vector<CoreExpr*> args, const SrcSpan& at = {}) {
    if (args.empty()) return f;
    if (CoreExpr* r = applyWrapper(f, args)) return r;
    if (f->kind == CoreExpr::Kind::App) {  // flatten
      f->args.insert(f->args.end(), args.begin(), args.end());
      return f;
    }
    CoreExpr* x = A.expr(CoreExpr::Kind::App);
    x->body = f;
    x->args = std::move(args);
    x->span = at;
    return x;
  }
  // Inlining (core/desugar_inline.cpp): Note [Primitive wrappers], Note
  // [Small functions inline].
  absl::flat_hash_map<const CoreVar*, const CoreExpr*> wrappers;        // global -> its wrapper lambda
  absl::flat_hash_map<const CoreVar*, const CoreExpr*> smallFunctions;  // global -> its small lambda
  absl::flat_hash_map<const CoreVar*, const CoreExpr*> unfoldings;      // global -> what -O may inline
  absl::flat_hash_map<const CoreVar*, std::string> lazyUnfoldings;      // read from interfaces, not yet decoded
  // `(\x1..xn -> K/prim# a1..am) e1..ek`, k >= n, each xi exactly one aj,
  // the other aj literals: the constructor or primitive applied to the ei
  // (then to the rest); null when `f` is not such a wrapper.
  CoreExpr* applyWrapper(CoreExpr* f, std::vector<CoreExpr*>& args);
  bool isWrapper(const CoreExpr* f) const;
  // Rewrites, in place, every saturated call of a wrapper or small function under `root`.
  void inlineWrapperCalls(CoreExpr* root);
  static bool smallBody(const CoreExpr* e, int& budget);
  // A non-atomic argument somewhere in `e` (Note [Inlining under cost centres]).
  static bool buildsThunk(const CoreExpr* e);
  bool isSmallFunction(const CoreExpr* f) const;
  // A copy of `e` with every binder fresh (binders are unique in Core).
  CoreExpr* copyFresh(const CoreExpr* e, absl::flat_hash_map<const CoreVar*, CoreVar*>& ren);
  // `f` applied to `n` arguments: a fresh copy of a small function called
  // with exactly its arguments, else `f`.
  CoreExpr* inlineSmall(CoreExpr* f, size_t n);
  // `e` itself, or a fresh copy of the wrapper it names.
  CoreExpr* inlineWrapper(CoreExpr* e);
  CoreExpr* lam(std::vector<CoreVar*> ps, CoreExpr* body, const SrcSpan& at = {}) {
    if (ps.empty()) return body;
    if (body->kind == CoreExpr::Kind::Lam) {  // \a -> \b -> e  is  \a b -> e
      ps.insert(ps.end(), body->params.begin(), body->params.end());
      body = body->body;
    }
    CoreExpr* x = A.expr(CoreExpr::Kind::Lam);
    x->params = std::move(ps);
    x->body = body;
    x->span = at;
    return x;
  }
  CoreExpr* let(CoreVar* v, CoreExpr* rhs, CoreExpr* body) {
    CoreExpr* x = A.expr(CoreExpr::Kind::Let);
    x->binds.push_back(CoreBind{v, rhs});
    x->body = body;
    return x;
  }
  CoreExpr* conApp(const DataCon* c, std::vector<CoreExpr*> args, const SrcSpan& at = {}) {
    CoreExpr* x = A.expr(CoreExpr::Kind::ConApp);
    x->con = c;
    x->args = std::move(args);
    x->span = at;
    return x;
  }
  CoreExpr* caseOf(CoreExpr* scrut, CoreVar* binder, std::vector<CoreAlt> alts, const SrcSpan& at = {}) {
    CoreExpr* x = A.expr(CoreExpr::Kind::Case);
    x->body = scrut;
    x->var = binder;
    x->alts = std::move(alts);
    x->span = at;
    return x;
  }
  CoreExpr* stringLit(const std::string& s) {
    CoreExpr* x = A.expr(CoreExpr::Kind::Lit);
    x->litType = LitType::String;
    x->lit.kind = Literal::Kind::String;
    x->lit.str = s;
    x->lit.text = quoteString(s);
    return x;
  }
  static std::string quoteString(const std::string& s);
  static std::string sourceText(const SrcSpan& at);
  CoreExpr* prim(const std::string& name, std::vector<CoreExpr*> args) {
    CoreExpr* x = A.expr(CoreExpr::Kind::PrimOp);
    x->prim = name;
    x->primArity = static_cast<uint32_t>(args.size());
    x->args = std::move(args);
    return x;
  }
  // A runtime error with GHC's text ("F.hs:3:1-9: Non-exhaustive patterns in function f"),
  // ending in a newline as GHC's `untangle` ends it (so a blank line follows the message).
  CoreExpr* failWith(const SrcSpan& at, const std::string& what) {
    return prim("primErrorWithoutStackTrace", {stringLit(renderSpan(at) + ": " + what + "\n")});
  }
  // See Note [Error call stacks] in core/desugar.cpp.
  CoreExpr* errorCall(const Entity* e, const SrcSpan& at);
  const Entity* wiredEntity(const std::string& name, const SrcSpan& at);
  CoreExpr* wiredVar(const std::string& name, const SrcSpan& at) {
    const Entity* e = wiredEntity(name, at);
    return e ? var(varFor(e), at) : failWith(at, "missing library function " + name);
  }
  const DataCon* boolCon(bool value, const SrcSpan& at);
  const DataCon* builtinCon(const std::string& name);
  CoreExpr* ifThenElse(CoreExpr* c, CoreExpr* t, CoreExpr* f, const SrcSpan& at);
  std::string uniqueName(const std::string& base) { return absl::StrCat(base, "$", ++nextName); }
};

}  // namespace core
