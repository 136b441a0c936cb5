// Cost centres: the named program points that cost-centre stacks are made of
// (DESIGN.md section 4, "Cost-centre stacks"). One per top-level binding,
// named local binding, lambda and {-# SCC #-}; see papers/README.md for the
// semantics they follow.
#pragma once

#include <string>

#include "core/source_span.h"

namespace ccs {

struct CostCentre {
  std::string module;  // "Main"
  std::string label;   // "total.go", "scaleAll.\\", or an SCC's name
  core::SrcSpan span;  // the source the centre covers
  bool isCaf = false;  // the module's CAF centre: rendered "Main.CAF"
};

// A module's CAF centre ("Main.CAF"), under which its top-level thunks run.
inline CostCentre cafCentre(const std::string& module) { return CostCentre{module, "", {}, true}; }

// The full name as backtraces print it: "Main.total.go".
std::string qualifiedName(const CostCentre& cc);

// One backtrace line without indentation, in GHC's form:
// "Main.check (ThunkCross.hs:7:1-55)"; the CAF centre prints as
// "Main.CAF (<entire-module>)", as GHC prints it.
std::string renderBacktraceLine(const CostCentre& cc);

}  // namespace ccs
