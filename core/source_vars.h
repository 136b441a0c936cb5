// Variables of source expressions (after renaming).
#pragma once

#include <vector>

#include "core/ast.h"
#include "core/entity.h"

namespace core {

// The local variables (EntityKind::Local) that occur in `e` and are bound
// outside it, in order of first occurrence: what a breakpoint tick on `e`
// captures, as GHC's coverage pass computes it on the source (so the
// desugarer's own temporaries and dictionaries are never captured).
std::vector<const Entity*> freeSourceLocals(const Expr& e);

// Every local variable occurring in a binding's right-hand sides (bound
// there or not), for dependency analysis of a let or where block.
std::vector<const Entity*> sourceLocalsOf(const Decl& d);

}  // namespace core
