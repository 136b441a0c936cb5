#include <catch2/catch.hpp>

#include "breakpoints/break_array.h"

TEST_CASE("break arrays: disabled, enabled, ignore counts", "[breakpoints]") {
  bp::BreakArray a(3);
  CHECK_FALSE(a.isEnabled(0));
  CHECK_FALSE(a.hit(0));
  REQUIRE(a.enable(1));
  CHECK(a.hit(1));
  CHECK(a.hit(1));  // stays enabled
  REQUIRE(a.setIgnoreCount(2, 2));
  CHECK(a.ignoreCount(2) == 2);
  CHECK_FALSE(a.hit(2));
  CHECK_FALSE(a.hit(2));
  CHECK(a.hit(2));
  REQUIRE(a.disable(1));
  CHECK_FALSE(a.hit(1));
  CHECK_FALSE(a.enable(3));  // out of range: refused, not a crash
  CHECK_FALSE(a.setIgnoreCount(0, -1));
}
