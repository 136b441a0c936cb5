#include <catch2/catch.hpp>

#include <gc/gc.h>
#include <gmp.h>

#include "interp/gc_heap.h"

TEST_CASE("the heap is initialised and GMP allocates on it", "[interp][gc]") {
  interp::initHeap();  // idempotent
  CHECK(interp::heapSize() >= (size_t{16} << 20));
  // 1000! computed repeatedly: limbs live on the GC heap and are reclaimed.
  for (int round = 0; round < 50; ++round) {
    mpz_t* z = static_cast<mpz_t*>(GC_MALLOC(sizeof(mpz_t)));
    mpz_init_set_ui(*z, 1);
    for (unsigned i = 2; i <= 1000; ++i) mpz_mul_ui(*z, *z, i);
    CHECK(mpz_sizeinbase(*z, 10) == 2568);
  }
  GC_gcollect();
  CHECK(interp::heapSize() < (size_t{256} << 20));
}
