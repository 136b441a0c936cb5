// A check that this process can generate and run machine code with asmjit
// (executable memory may be forbidden by the system). The native tier is
// only switched on when it passes; `lazuli --version` reports the result.
#pragma once

#include <string>

namespace native {

// Assembles and runs a tiny function (x86-64: returns its argument plus 1).
// Returns true when it ran and returned the right value; otherwise false
// with the reason in *why.
bool probeJit(std::string* why);

}  // namespace native
