#include <catch2/catch.hpp>

#include "core/diagnostic.h"
#include "core/source_file.h"

TEST_CASE("diagnostics render with the source line and carets", "[core][diagnostic]") {
  const core::SourceFile& f = core::addSourceFile("E.hs", "module E where\nx = (1))\n");
  core::Diagnostic d{core::Severity::Error,
                     core::SrcSpan{f.id, core::SrcLoc{2, 8}, core::SrcLoc{2, 9}},
                     "parse error on input \u2018)\u2019", {"expected a declaration"}};
  CHECK(core::renderDiagnostic(d) ==
        "E.hs:2:8: error: parse error on input \u2018)\u2019\n"
        "    expected a declaration\n"
        "  |\n"
        "2 | x = (1))\n"
        "  |        ^\n");
}

TEST_CASE("diagnostics expand tabs, hide control bytes and cut long lines", "[core][diagnostic]") {
  const core::SourceFile& f = core::addSourceFile("T.hs", "\tx\x01 y\n");
  core::Diagnostic d{core::Severity::Error,
                     core::SrcSpan{f.id, core::SrcLoc{1, 10}, core::SrcLoc{1, 11}}, "m", {}};
  CHECK(core::renderDiagnostic(d) == "T.hs:1:10: error: m\n  |\n1 |         x? y\n  |          ^\n");
  std::string longLine(100000, 'a');
  const core::SourceFile& g = core::addSourceFile("L.hs", longLine);
  core::Diagnostic e{core::Severity::Error,
                     core::SrcSpan{g.id, core::SrcLoc{1, 50000}, core::SrcLoc{1, 50001}}, "m", {}};
  std::string r = core::renderDiagnostic(e);
  CHECK(r.size() < 500);
  CHECK(r.find("...") != std::string::npos);
}
