// The bytecode verifier: what the interpreter trusts about a module, checked
// before a module read from a file is linked (DESIGN.md section 5: a
// corrupted object is a clear error, never a crash).
#pragma once

#include <string>

#include "absl/status/status.h"
#include "bytecode/bco.h"

namespace bc {

// Checks every BCO of `m`: instructions decode to their end; every operand
// is in range (slots below the frame size, free variables of functions
// below their count, constants, labels at instruction starts, primitives);
// constants have the kinds their instructions read (an info for MAKE and
// ALLOC, a cost centre for PUSH_CENTER, a literal of the compared type for
// IFNE_*); Code and StaticFun constants name BCOs of the module (StaticFun:
// a function without free variables); the module's tops name BCOs.
// The message says which BCO and offset is wrong.
absl::Status verifyModule(const BcoModule& m);

}  // namespace bc
