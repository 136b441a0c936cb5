#include "native/jit_probe.h"

#include <asmjit/x86.h>

namespace native {

bool probeJit(std::string* why) {
  using namespace asmjit;
  JitRuntime rt;
  CodeHolder code;
  code.init(rt.environment());
  x86::Assembler a(&code);
  a.lea(x86::rax, x86::ptr(x86::rdi, 1));
  a.ret();
  int64_t (*fn)(int64_t) = nullptr;
  Error err = rt.add(&fn, &code);
  if (err != kErrorOk) {
    if (why) *why = DebugUtils::errorAsString(err);
    return false;
  }
  int64_t r = fn(41);
  rt.release(fn);
  if (r != 42) {
    if (why) *why = "generated code returned a wrong value";
    return false;
  }
  return true;
}

}  // namespace native
