#include "driver/core_passes.h"

#include <cstdio>
#include <string>

#include "core/core_lint.h"
#include "core/simplify.h"

namespace driver {

bool afterDesugaring(core::CoreModule& m, core::Desugarer& desugarer, core::CoreArena& arena,
                     const std::vector<const core::CoreVar*>& imported, bool lint, bool optimise, bool library) {
  auto check = [&](const char* after) {
    if (!lint) return true;
    std::vector<std::string> problems = core::lintCoreModule(m, imported);
    for (const std::string& p : problems)
      std::fprintf(stderr, "lazuli: internal error: Core lint (after %s): %s: %s\n", after, m.name.c_str(), p.c_str());
    return problems.empty();
  };
  if (!check("the desugarer")) return false;
  if (optimise) {
    core::UnfoldingLookup unfoldings = [&desugarer](const core::CoreVar* v) { return desugarer.unfolding(v); };
    if (!core::simplifyModule(m, arena, unfoldings, nullptr, check)) return false;
  }
  // Note [Which modules expose unfoldings]
  // ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
  // As with GHC, a module compiled with -O puts the unfoldings -O inlines
  // into its interface, and one compiled without does not: a body change
  // in a module built without -O never recompiles its importers. The
  // library is compiled once, without -O, but exposes its unfoldings, as
  // base (built with -O) does.
  if (optimise || library) desugarer.recordUnfoldings(m);
  return true;
}

}  // namespace driver
