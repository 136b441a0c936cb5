// Runtime primitives whose text must equal GHC's.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "interp/show_float.h"

TEST_CASE("show for Double is GHC's", "[prims]") {
  using interp::showDouble;
  CHECK(showDouble(0.1) == "0.1");
  CHECK(showDouble(1.0) == "1.0");
  CHECK(showDouble(0.01) == "1.0e-2");
  CHECK(showDouble(12345678.0) == "1.2345678e7");
  CHECK(showDouble(1234567.0) == "1234567.0");
  CHECK(showDouble(123456.789) == "123456.789");
  CHECK(showDouble(-2.5) == "-2.5");
  CHECK(showDouble(-0.0) == "-0.0");
  CHECK(showDouble(0.0) == "0.0");
  CHECK(showDouble(5.0e-324) == "5.0e-324");
  CHECK(showDouble(1.7976931348623157e308) == "1.7976931348623157e308");
  CHECK(showDouble(std::sqrt(2.0)) == "1.4142135623730951");
  CHECK(showDouble(1.0 / 0.0) == "Infinity");
  CHECK(showDouble(-1.0 / 0.0) == "-Infinity");
  CHECK(showDouble(std::numeric_limits<double>::quiet_NaN()) == "NaN");
  CHECK(showDouble(1e7) == "1.0e7");
  CHECK(showDouble(9999999.0) == "9999999.0");
}

TEST_CASE("show for Float is GHC's", "[prims]") {
  using interp::showFloat;
  CHECK(showFloat(3.14f) == "3.14");
  CHECK(showFloat(0.1f) == "0.1");
  CHECK(showFloat(1.0f / 3.0f) == "0.33333334");
  CHECK(showFloat(1.0e-3f) == "1.0e-3");
  CHECK(showFloat(16777216.0f) == "1.6777216e7");
}
