// Source locations and spans, rendered exactly as GHC renders them.
//
// Every AST node carries a SrcSpan. Later stages print spans in backtraces and
// breakpoint messages and those are compared with GHC's output, so the
// conventions here are GHC's (see Note [Span conventions]).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace core {

// Note [Span conventions]
// ~~~~~~~~~~~~~~~~~~~~~~~
// Lines and columns are 1-based. A column counts Unicode code points, and a tab
// advances to the next multiple of 8 plus one (GHC's lexer does the same, so
// columns agree with GHC's messages). A span's end is *exclusive*: the span of
// the token `foo` at line 7 column 1 is 7:1 to 7:4. Rendering subtracts one
// from the end column, as GHC's pprUserRealSpan does:
//   same line, one character   F.hs:7:1
//   same line, several         F.hs:7:1-55
//   several lines              F.hs:(5,1)-(6,7)

// A file is a small integer naming an entry of the global file table (see
// source_file.h). FileId 0 is "no file" (spans built by tests or synthesised).
using FileId = uint32_t;

struct SrcLoc {
  uint32_t line = 0;  // 1-based; 0 means unknown
  uint32_t col = 0;   // 1-based code-point column, tabs to multiples of 8
  friend bool operator==(const SrcLoc&, const SrcLoc&) = default;
  friend auto operator<=>(const SrcLoc&, const SrcLoc&) = default;
};

struct SrcSpan {
  FileId file = 0;
  SrcLoc start;
  SrcLoc end;  // exclusive (see Note [Span conventions])

  static SrcSpan between(const SrcSpan& a, const SrcSpan& b) {
    return SrcSpan{a.file, a.start, b.end};
  }
  bool valid() const { return start.line != 0; }
  friend bool operator==(const SrcSpan&, const SrcSpan&) = default;
};

// "7:1-55", "(5,1)-(6,7)" or "7:1": the span without its file name.
std::string renderSpanNoFile(const SrcSpan& s);
// "F.hs:7:1-55" etc.: the span with its file name, as GHC prints it.
std::string renderSpan(const SrcSpan& s);
// "F.hs:7:1": the start position only, as in "F.hs:7:1: error:".
std::string renderStart(const SrcSpan& s);

}  // namespace core
