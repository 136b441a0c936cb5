#include "interp/gc_heap.h"

#include <gc/gc.h>
#include <cstdlib>
#include <gmp.h>

namespace interp {
namespace {

void* gmpAlloc(size_t n) { return GC_MALLOC_ATOMIC(n); }
void* gmpRealloc(void* p, size_t, size_t n) { return GC_REALLOC(p, n); }
void gmpFree(void*, size_t) {}  // the collector reclaims limbs

}  // namespace

void initHeap(size_t initialBytes) {
  static bool done = false;
  if (done) return;
  done = true;
  GC_set_all_interior_pointers(0);
  // Note [One marker]: Boehm GC marks in parallel on every core by default.
  // A lazy program's heap is mostly long chains (lists, thunks of thunks)
  // that one marker walks as fast as several, and the helpers' hand-offs
  // cost CPU time: Space took 1.47 s of CPU with two markers and 0.65 s with
  // one (wall time fell too). GC_MARKERS in the environment still decides.
  if (std::getenv("GC_MARKERS") == nullptr) GC_set_markers_count(1);
  GC_INIT();
  GC_allow_register_threads();
  GC_expand_hp(initialBytes);
  mp_set_memory_functions(gmpAlloc, gmpRealloc, gmpFree);
}

void setMaxHeap(size_t bytes) {
  GC_set_warn_proc([](char*, GC_word) {});  // "Out of memory" is reported as the program's exception
  GC_set_max_heap_size(bytes);
}

size_t heapSize() { return GC_get_heap_size(); }

}  // namespace interp
