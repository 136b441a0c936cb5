// Debug information of a BCO: where its code comes from (a line table from
// code offsets to source spans), its parameters, and its local variables
// with the code ranges where each holds its slot. Written into objects as
// .lz.lines and .lz.locals and read back only on demand (Note [Debug
// sections] in bytecode/object_file.cpp); the address map
// (bytecode/address_map.h) answers "what is at this pc" with it.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/core_syntax.h"
#include "core/source_span.h"

namespace bc {

struct LineEntry {
  uint32_t pc = 0;        // code offset (words) where the span starts to apply
  core::SrcSpan span;
  friend bool operator==(const LineEntry&, const LineEntry&) = default;
};

struct LocalVar {
  std::string name;       // as in the source ("acc"), or the desugarer's ("ds")
  std::string type;       // the source type as text, when known
  uint32_t slot = 0;      // frame slot; captured: the closure's payload word
  uint32_t from = 0;      // live in code offsets [from, to)
  uint32_t to = 0;
  bool captured = false;  // a free variable of a function closure (live throughout)
  friend bool operator==(const LocalVar&, const LocalVar&) = default;
};

// A breakpoint site of a module, as the desugarer made it; objects keep
// them in .lz.breaks (Note [Debug sections] in bytecode/object_file.cpp).
using BreakSite = core::BreakSite;

struct BcoDebug {
  core::SrcSpan span;                // the whole closure's source
  std::vector<std::string> params;   // functions: parameter names, in order
  std::vector<LineEntry> lines;      // sorted by pc; each applies until the next
  std::vector<LocalVar> locals;      // parameters included (slots 0 .. arity-1)
  friend bool operator==(const BcoDebug&, const BcoDebug&) = default;

  // The span of the code at `pc` (invalid when the table says nothing).
  core::SrcSpan spanAt(uint32_t pc) const;
  // The locals live at `pc`.
  std::vector<const LocalVar*> liveAt(uint32_t pc) const;
};

}  // namespace bc
