#include <catch2/catch.hpp>

#include "core/source_file.h"
#include "core/source_span.h"

using core::SrcLoc;
using core::SrcSpan;

TEST_CASE("spans render as GHC renders them", "[core][span]") {
  const core::SourceFile& f = core::addSourceFile("F.hs", "");
  // End columns are exclusive internally and inclusive when shown.
  CHECK(core::renderSpan(SrcSpan{f.id, SrcLoc{7, 1}, SrcLoc{7, 56}}) == "F.hs:7:1-55");
  CHECK(core::renderSpan(SrcSpan{f.id, SrcLoc{7, 5}, SrcLoc{7, 6}}) == "F.hs:7:5");
  CHECK(core::renderSpan(SrcSpan{f.id, SrcLoc{7, 5}, SrcLoc{7, 5}}) == "F.hs:7:5");
  CHECK(core::renderSpan(SrcSpan{f.id, SrcLoc{5, 1}, SrcLoc{6, 8}}) == "F.hs:(5,1)-(6,7)");
  CHECK(core::renderStart(SrcSpan{f.id, SrcLoc{3, 9}, SrcLoc{3, 12}}) == "F.hs:3:9");
  CHECK(core::renderSpanNoFile(SrcSpan{f.id, SrcLoc{10, 3}, SrcLoc{10, 26}}) == "10:3-25");
}

TEST_CASE("lineText returns raw lines without newline", "[core][span]") {
  const core::SourceFile& f = core::addSourceFile("G.hs", "one\ntwo\r\nthree");
  CHECK(f.lineText(1) == "one");
  CHECK(f.lineText(2) == "two");
  CHECK(f.lineText(3) == "three");
  CHECK(f.lineText(4).empty());
}
