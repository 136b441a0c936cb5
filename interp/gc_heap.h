// Setting up the garbage-collected heap that every runtime object lives in
// (DESIGN.md section 4). Must run first in main(), on the main thread.
//
// Note [Heap set-up]
// ~~~~~~~~~~~~~~~~~~
// Boehm GC, with the settings measured in TOOLCHAIN.md: interior pointers
// off (objects are referenced by their start; ~20% faster allocation and no
// extra byte per object), an initial heap of 16 MiB (fewer early
// collections; 64 MiB was measured too, and cost more peak memory than the
// few collections it saved), and GMP's allocation routed to the collector so
// that Integer limbs are collected like everything else (atomic: never
// scanned). Allocation itself: Note [Allocation fast path] in
// interp/runtime.cpp.
#pragma once

#include <cstddef>

namespace interp {

// Idempotent. Call before any GC allocation and before creating threads.
void initHeap(size_t initialBytes = size_t{16} << 20);

// Bounds the heap: beyond `bytes`, allocation fails and the program gets a
// heap-overflow exception. Silences the collector's own warnings.
void setMaxHeap(size_t bytes);

// Bytes currently in the GC heap (for tests and statistics).
size_t heapSize();

}  // namespace interp
