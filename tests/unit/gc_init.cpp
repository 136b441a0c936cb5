// The GC must be initialised before any test runs; this static initialiser
// lives in the test executable itself (in a static library the linker would
// drop it; see TOOLCHAIN.md, "Catch2").
#include "interp/gc_heap.h"

static const bool gc_ready = [] {
  interp::initHeap();
  return true;
}();
