#include <catch2/catch.hpp>

#include "ccs/cost_centre.h"
#include "core/source_file.h"

TEST_CASE("cost centres render like GHC's backtrace lines", "[ccs]") {
  const core::SourceFile& f = core::addSourceFile("ThunkCross.hs", "");
  ccs::CostCentre cc{"Main", "check", core::SrcSpan{f.id, {7, 1}, {7, 56}}, false};
  CHECK(ccs::qualifiedName(cc) == "Main.check");
  CHECK(ccs::renderBacktraceLine(cc) == "Main.check (ThunkCross.hs:7:1-55)");
  ccs::CostCentre local{"Main", "total.go", core::SrcSpan{f.id, {3, 5}, {4, 20}}, false};
  CHECK(ccs::renderBacktraceLine(local) == "Main.total.go (ThunkCross.hs:(3,5)-(4,19))");
  ccs::CostCentre caf{"Main", "", {}, true};
  CHECK(ccs::renderBacktraceLine(caf) == "Main.CAF (<entire-module>)");
}
