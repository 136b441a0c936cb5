#include "core/stack_budget.h"

#include <sys/resource.h>

namespace core {

StackBudget::StackBudget() {
  char probe;
  base_ = reinterpret_cast<uintptr_t>(&probe);
  size_t limit = size_t{8} << 20;
  struct rlimit rl;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur > 0)
    limit = static_cast<size_t>(rl.rlim_cur);
  budget_ = limit / 2;
}

}  // namespace core
