// The simplifier (`-O`): inlining within and across modules, beta
// reduction, case of a known constructor, dead lets; every tick of inlined
// code is kept. See Note [The simplifier] in core/simplify.cpp.
#pragma once

#include <functional>
#include <string>

#include "core/core_syntax.h"

namespace core {

// A global's unfolding (its definition, to copy into calls), or null.
using UnfoldingLookup = std::function<const CoreExpr*(const CoreVar*)>;

// Whether `rhs`, the right-hand side of a non-recursive top-level binding,
// is worth an unfolding: a lambda whose body is small (ticks are free).
bool wantsUnfolding(const CoreExpr* rhs);

struct SimplifyStats {
  size_t inlined = 0;      // calls replaced by a copy of the callee
  size_t betas = 0;        // lambdas applied to their arguments
  size_t knownCases = 0;   // cases of a known constructor or literal
  size_t deadLets = 0;     // lets whose variable is not used
};

// Simplifies module `m` in place: its groups in order, each binding
// inlinable into later ones when it wantsUnfolding; `imported` gives other
// modules' unfoldings. `check` runs after each pass (Core lint); a false
// answer stops the simplifier. Returns false when a check failed.
bool simplifyModule(CoreModule& m, CoreArena& arena, const UnfoldingLookup& imported, SimplifyStats* stats,
                    const std::function<bool(const char* pass)>& check);

// A copy of `e` with fresh binders (ticks copied, their captured variables
// renamed).
CoreExpr* copyExpr(const CoreExpr* e, CoreArena& arena);

}  // namespace core
