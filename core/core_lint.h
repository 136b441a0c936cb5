// The Core checker (after GHC's Core Lint): run after desugaring and after
// every Core pass in the tests, it checks the invariants listed in
// core/core_syntax.h and reports each violation with the offending binder
// or constructor. A violation is always a compiler bug, never a user error.
#pragma once

#include <string>
#include <vector>

#include "core/core_syntax.h"

namespace core {

// Returns the problems found (empty when the module is well formed).
// `imported` lists variables of other modules the module may refer to;
// globals of the module itself are always in scope.
std::vector<std::string> lintCoreModule(const CoreModule& m,
                                        const std::vector<const CoreVar*>& imported = {});
std::vector<std::string> lintCoreExpr(const CoreExpr& e,
                                      const std::vector<const CoreVar*>& inScope = {});

}  // namespace core
