#include <catch2/catch.hpp>

#include "native/jit_probe.h"

TEST_CASE("asmjit can generate and run code here", "[native]") {
  std::string why;
  CHECK(native::probeJit(&why));
  CHECK(why.empty());
}
