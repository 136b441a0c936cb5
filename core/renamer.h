// The renamer: resolves every name of a module to the Entity it refers to
// (Name::ref), builds the module's interface (what importers see), and
// reports scope errors in GHC's words. See Note [Renaming].
#pragma once

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "core/ast.h"
#include "core/diagnostic.h"
#include "core/entity.h"
#include "core/iface_io.h"
#include "core/module_graph.h"

namespace core {

// Note [Renaming]
// ~~~~~~~~~~~~~~~
// Modules are renamed in dependency order (ModuleGraph::order), each against
// the interfaces of the modules it imports:
//  1. its top-level binders become entities (duplicates: "Multiple
//     declarations of"), fixity declarations attach to them;
//  2. the global scope is built from the imports (qualified, `as`, import
//     lists, hiding; the implicit `import Prelude` unless the module imports
//     Prelude itself or is Prelude or Lazuli.Prim) plus the module's own
//     binders, each entry remembering where it came from, so that an
//     ambiguous occurrence can say "either ... imported from ... or ...";
//  3. the export list is resolved into the interface;
//  4. the bodies are walked with local scopes, setting Name::ref on every
//     binder and occurrence, in values and in types;
//  5. fixities are resolved with the resolved entities' fixities (so
//     imported fixities count), replacing core/fixity.h's bootstrap table.
// Errors are reported in source order; renaming goes on after an error so
// that one run reports every scope error of the module.

// What a module offers to its importers.
struct ModIface {
  std::string module;
  std::vector<const Entity*> exports;  // values and types; children listed with their parent too
  std::vector<const Entity*> defined;  // the module's own top-level entities, in source order
  bool exported(const Entity* e) const;
};

class Renamer {
 public:
  explicit Renamer(EntityTable& entities) : entities_(entities) {}

  // Renames every module of the graph in dependency order. Returns false if
  // any module had errors (all reported to `sink`).
  bool renameProgram(ModuleGraph& graph, AstArena& arena, DiagnosticSink& sink);

  // Renames one module whose imports are all in `ifaces` already.
  bool renameModule(Module& m, AstArena& arena, DiagnosticSink& sink);

  // Renames an expression in the scope of a module renamed earlier (as the
  // session's prompt does), then resolves its fixities. False (with the
  // errors reported) if a name is not in scope.
  bool renameExpr(const std::string& module, Expr*& e, AstArena& arena, DiagnosticSink& sink);

  // Registers an interface (for modules renamed earlier or provided otherwise).
  void addInterface(ModIface iface);
  const ModIface* interface(const std::string& module) const;
  // The renamer's part of module `module`'s interface (Note [Interface
  // encoding]): its entities and its exports.
  void writeInterface(const std::string& module, IfaceWriter& w) const;
  // Reads that part back, making the module's entities; false (the reader
  // says why) when it is malformed.
  bool readInterface(const std::string& module, IfaceReader& r);
  // A top-level entity by its defining module, namespace and name (what
  // interfaces refer to entities by); null if no loaded module has it.
  const Entity* findEntity(const std::string& module, bool type, const std::string& name);
  // Built-in syntax entities, keyed "t ->", "t []", "v :", "t (,)", ...
  const absl::flat_hash_map<std::string, const Entity*>& builtins() {
    if (builtins_.empty()) makeBuiltins();
    return builtins_;
  }
  // The built-in type constructors by plain name ("->", "[]", "()", "(,)", ...),
  // as core/types.h's TyArena wants them.
  absl::flat_hash_map<std::string, const Entity*> builtinTypes();

 private:
  void makeBuiltins();

  EntityTable& entities_;
  absl::flat_hash_map<std::string, ModIface> ifaces_;
  void index(const Entity* e);
  absl::flat_hash_map<std::string, const Entity*> index_;  // "module\nv name" -> entity
  absl::flat_hash_map<std::string, const Entity*> builtins_;  // "v :", "t []", ...
  // Each renamed module's top-level scope, kept for renameExpr.
  absl::flat_hash_map<std::string, std::shared_ptr<void>> scopes_;
};

}  // namespace core
