// A module's break array: the per-site enable/ignore state consulted by
// BRK_FUN (DESIGN.md section 4, "Breakpoints"). Break arrays are found by
// module name in the registry, never by load-time identity, so that code
// inlined from module A into Main consults A's array.
//
// Per-site state, as GHC's BreakArray encodes it in one integer:
//   -1      disabled (the site never stops)
//    0      enabled: stop at the next hit
//    n > 0  enabled, but ignore the next n hits
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace bp {

class BreakArray {
 public:
  explicit BreakArray(size_t sites) : state_(sites, kDisabled) {}

  size_t size() const { return state_.size(); }
  // All setters return false (and change nothing) for an index out of range.
  bool enable(size_t site);
  bool disable(size_t site);
  bool setIgnoreCount(size_t site, int32_t n);  // n >= 0; the site stays enabled
  bool isEnabled(size_t site) const { return site < state_.size() && state_[site] >= 0; }
  int32_t ignoreCount(size_t site) const { return site < state_.size() && state_[site] > 0 ? state_[site] : 0; }

  // Called on each hit of an enabled site: true means stop now; otherwise
  // one ignored hit has been used up.
  bool hit(size_t site);
  // BRK_FUN's fast path: enabled (maybe with hits to ignore).
  bool armed(size_t site) const { return site < state_.size() && state_[site] >= 0; }

 private:
  static constexpr int32_t kDisabled = -1;
  std::vector<int32_t> state_;
};

}  // namespace bp
