// The module graph: finding, loading and ordering the modules a program is
// made of (the renamer's input). See Note [Module search].
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "core/ast.h"
#include "core/diagnostic.h"
#include "core/source_file.h"

namespace core {

// Note [Module search]
// ~~~~~~~~~~~~~~~~~~~~
// A module named A.B.C is looked for as A/B/C.hs, then A/B/C.lhs, in each
// directory of the search path in order: the user's -i directories (by
// default the directory of the root file), then the standard library's. The
// first file found is the module; its header must name it (GHC's "File name
// does not match module name"). The root file itself may have any name; a
// root without a header is module Main.
//
// Imports, including the implicit `import Prelude` of every module but
// Prelude and Lazuli.Prim that does not import Prelude itself, are followed
// depth-first. An import cycle is an error that names
// every module on the cycle, in import order, as GHC does. Every module of
// the graph is parsed exactly once; `order()` lists them so that each module
// comes after all the modules it imports.

struct ModuleNode {
  std::string name;                  // "Data.Map"
  std::string path;                  // its source file
  const SourceFile* file = nullptr;  // null until parsed
  Module* ast = nullptr;             // null until parsed
  std::vector<std::string> knownImports;  // unparsed: the imports its object recorded
  std::vector<ModuleNode*> imports;  // distinct modules, in order of first import
};

// The modules `m` imports, each with where: the implicit Prelude last (at
// the module header).
std::vector<std::pair<std::string, SrcSpan>> importsOf(const Module& m);

class ModuleGraph {
 public:
  // With resolveFixities false, modules keep their infix sequences for the
  // renamer to resolve (see Note [Renaming]).
  explicit ModuleGraph(std::vector<std::string> searchPath, bool resolveFixities = true)
      : searchPath_(std::move(searchPath)), resolveFixities_(resolveFixities) {}

  // Loads the root file and, transitively, everything it imports, except
  // the modules named in `external` (provided some other way, such as
  // compiled interfaces). Returns false after reporting the errors.
  bool loadRoot(const std::string& path, AstArena& arena, DiagnosticSink& sink,
                const std::vector<std::string>& external = {});

  // Separate compilation: a module whose object file says what it imports
  // (and was compiled from this very source) is not parsed; the hook
  // returns true and the imports (implicit Prelude included) for it.
  using Precompiled = std::function<bool(const std::string& name, const std::string& path,
                                         std::vector<std::string>* imports)>;
  void setPrecompiled(Precompiled hook) { precompiled_ = std::move(hook); }
  // Parses a module the graph did not parse (it has to be compiled after
  // all); false after reporting the errors.
  bool parse(ModuleNode* node, AstArena& arena, DiagnosticSink& sink);
  // Dependencies first; only valid after a successful loadRoot.
  const std::vector<ModuleNode*>& order() const { return order_; }
  const ModuleNode* find(const std::string& name) const;
  ModuleNode* root() const { return root_; }

  // Where module `name` would be found (empty if nowhere), per Note [Module search].
  std::string locate(const std::string& name) const;

 private:
  ModuleNode* loadFile(const std::string& path, const std::string& expectedName,
                       const SrcSpan& importedAt, AstArena& arena, DiagnosticSink& sink);
  bool visit(ModuleNode* node, AstArena& arena, DiagnosticSink& sink);
  bool parseInto(ModuleNode* node, const SrcSpan& importedAt, AstArena& arena, DiagnosticSink& sink);

  std::vector<std::string> searchPath_;
  bool resolveFixities_;
  Precompiled precompiled_;
  std::vector<std::string> external_;
  std::vector<std::unique_ptr<ModuleNode>> nodes_;
  absl::flat_hash_map<std::string, ModuleNode*> byName_;
  absl::flat_hash_map<ModuleNode*, int> state_;  // 1 = on the DFS stack, 2 = done
  std::vector<ModuleNode*> stack_;
  std::vector<ModuleNode*> order_;
  ModuleNode* root_ = nullptr;
};

}  // namespace core
