#include "breakpoints/break_array.h"

namespace bp {

bool BreakArray::enable(size_t site) {
  if (site >= state_.size()) return false;
  state_[site] = 0;
  return true;
}

bool BreakArray::disable(size_t site) {
  if (site >= state_.size()) return false;
  state_[site] = kDisabled;
  return true;
}

bool BreakArray::setIgnoreCount(size_t site, int32_t n) {
  if (site >= state_.size() || n < 0) return false;
  state_[site] = n;
  return true;
}

bool BreakArray::hit(size_t site) {
  if (site >= state_.size() || state_[site] < 0) return false;
  if (state_[site] == 0) return true;
  --state_[site];
  return false;
}

}  // namespace bp
