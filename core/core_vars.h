// Variables of Core expressions.
#pragma once

#include <vector>

#include "core/core_syntax.h"

namespace core {

// The local variables free in `e`, in order of first occurrence (what a
// breakpoint tick captures).
std::vector<CoreVar*> freeLocalVars(const CoreExpr& e);

// Every variable that occurs in `e`, globals included, bound inside or not
// (binders are unique, so this is enough for dependency analysis).
std::vector<const CoreVar*> occurringVars(const CoreExpr& e);

}  // namespace core
