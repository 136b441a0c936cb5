#include "bytecode/debug_info.h"

#include "bytecode/bco.h"

#include <algorithm>

namespace bc {

core::SrcSpan BcoDebug::spanAt(uint32_t pc) const {
  auto it = std::upper_bound(lines.begin(), lines.end(), pc,
                             [](uint32_t p, const LineEntry& e) { return p < e.pc; });
  if (it == lines.begin()) return span;
  return std::prev(it)->span;
}

std::vector<const LocalVar*> BcoDebug::liveAt(uint32_t pc) const {
  std::vector<const LocalVar*> out;
  for (const LocalVar& v : locals)
    if (v.from <= pc && pc < v.to) out.push_back(&v);
  return out;
}

}  // namespace bc
