// What follows the desugarer for every module, in both pipelines (the whole
// program of `dump` and `check`, driver/front_end.cpp; separate
// compilation, driver/make.cpp).
#pragma once

#include <vector>

#include "core/core_syntax.h"
#include "core/desugar.h"

namespace driver {

// Core lint (with `lint`; Note [Core lint in the driver]), the simplifier
// when `optimise` (a program module under -O; linted after each pass), then
// the unfoldings the module exposes (Note [Which modules expose
// unfoldings]). False after printing lint's problems: a compiler bug.
bool afterDesugaring(core::CoreModule& m, core::Desugarer& desugarer, core::CoreArena& arena,
                     const std::vector<const core::CoreVar*>& imported, bool lint, bool optimise, bool library);

}  // namespace driver
