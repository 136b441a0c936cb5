// Linking bytecode into the runtime: every top-level binding becomes a
// static closure (a function, or a CAF: a thunk updated in place when first
// evaluated), and every BCO a Code whose constants point at objects.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "breakpoints/registry.h"
#include "bytecode/bco.h"
#include "interp/runtime.h"

namespace interp {

class Linker {
 public:
  explicit Linker(Runtime& rt) : rt_(rt) {}

  // Links modules (in dependency order, all at once so that references
  // between them resolve). The modules must outlive the linker.
  [[nodiscard]] absl::Status link(const std::vector<const bc::BcoModule*>& modules);

  // The static closure of a top-level binding ("Main.main"), or null.
  Obj* global(const std::string& name) const;

  // Makes every CAF unevaluated again (GHCi's :set +r): what the program
  // computed at the top level is computed afresh, and breakpoints in it
  // fire again. Only between evaluations (none may be under way).
  void revertCafs();

  // Where BRK_FUN's module tables are bound, by module name (without a
  // registry, or for a module not in it, every break site is inert).
  void setBreakRegistry(bp::Registry* registry) { breaks_ = registry; }

 private:
  const Info* conInfo(const bc::DataCon* con);
  Obj* nullaryCon(const bc::DataCon* con);

  Runtime& rt_;
  bp::Registry* breaks_ = nullptr;
  absl::flat_hash_map<std::string, Obj*> globals_;
  struct Caf {
    Obj* closure;
    const Info* info;
    Word stack;
  };
  std::vector<Caf> cafs_;  // as linked (the closures are static: roots already)
  absl::flat_hash_map<const bc::DataCon*, std::unique_ptr<Info>> conInfos_;
  absl::flat_hash_map<const bc::DataCon*, Obj*> nullary_;
  std::deque<Code> codes_;
  std::deque<std::string> names_;
};

}  // namespace interp
