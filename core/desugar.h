// The desugarer: a renamed, type-checked module becomes Core (DESIGN.md
// section 2), with dictionaries passed explicitly (Note [Dictionary
// evidence] in core/typecheck.h) and patterns compiled to case trees (Note
// [Match compilation] in core/desugar_match.cpp).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "core/ast.h"
#include "core/core_syntax.h"
#include "core/diagnostic.h"
#include "core/entity.h"
#include "core/iface_io.h"
#include "core/typecheck.h"

namespace core {

// Which ticks the desugarer puts into Core. Breakpoint ticks go around the
// expressions GHCi can stop at, each a site of the module's breakSites;
// cost-centre ticks around each function's body (as -fprof-auto does).
struct DesugarOptions {
  bool breakpoints = false;
  bool costCentres = false;
  // Modules of the standard library: their calls of `error` and `undefined`
  // carry no call-site text (see Note [Error call stacks] in core/desugar.cpp).
  std::function<bool(const std::string& module)> isLibraryModule;
  // With breakpoints: whether a module gets break sites (all but the
  // library's when unset).
  std::function<bool(const std::string& module)> breakSitesIn;
  // The type checker's TypeChecker::ioArity, for Note [IO functions take the
  // world] in core/desugar.cpp; unset: no such expansion.
  std::function<int(const Entity*)> ioArity;
};

class Desugarer {
 public:
  // `builtins` is the renamer's built-in syntax ("v :", "v []", "v (,)", ...).
  Desugarer(const Elaboration& elab, const absl::flat_hash_map<std::string, const Entity*>& builtins,
            CoreArena& arena, DesugarOptions options = {});
  ~Desugarer();

  // Desugars a type-checked module. Modules come in dependency order
  // (Lazuli.Prim and the Prelude first: the desugarer learns the names it
  // wires in from them). False, with the errors reported, when something it
  // needs is missing from the library.
  bool desugarModule(Module& m, CoreModule& out, DiagnosticSink& sink);

  // The top-level variables of the modules desugared so far (what a later
  // module's Core may refer to).
  std::vector<const CoreVar*> globals() const;
  // Records the unfoldings `-O` inlines (core/simplify.h) of module `m`'s
  // bindings, as finally compiled; they go into its interface (Note [Which
  // modules expose unfoldings] in driver/make.cpp).
  void recordUnfoldings(const CoreModule& m);
  // A global's unfolding for the simplifier (this run's modules and those
  // read from interfaces), or null.
  const CoreExpr* unfolding(const CoreVar* v);
  // The desugarer's part of a module's interface (Note [Interface
  // encoding]): its top-level variables, constructors, dictionary names,
  // and the unfoldings importers inline (Note [Interface unfoldings] in
  // core/desugar_iface.cpp). `m` is the module as desugared, `defined` its
  // top-level entities.
  void writeInterface(const CoreModule& m, const std::vector<const Entity*>& defined, IfaceWriter& w) const;
  bool readInterface(const std::string& module, const std::vector<const Entity*>& defined, IfaceReader& r);

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace core
