// User-facing diagnostics: every compile error goes through here, so that each
// one has a `file:line:col` and the same rendering (see Note [Diagnostic format]).
#pragma once

#include <string>
#include <vector>

#include "core/source_span.h"

namespace core {

enum class Severity { Error, Warning };

struct Diagnostic {
  Severity severity = Severity::Error;
  SrcSpan span;
  std::string message;  // first line: shown right after "error:"
  std::vector<std::string> notes;  // further lines, indented by 4
};

// Note [Diagnostic format]
// ~~~~~~~~~~~~~~~~~~~~~~~~
// Rendered as GHC 9.0 renders a parse error, so users can compare the two:
//
//   F.hs:3:8: error: parse error on input ‘)’
//       expected a declaration
//     |
//   3 | x = (1))
//     |        ^
//
// The caret line underlines the span on its first line (at least one ^).
// Tabs in the source line are expanded to the next multiple of 8 so the
// carets line up with GHC's column numbers; bytes that are not printable
// UTF-8 are shown as '?'; very long lines are cut to a window around the
// span, marked with "...".

// Collects diagnostics in order. Never prints: the driver decides where.
class DiagnosticSink {
 public:
  void report(Diagnostic d) { diags_.push_back(std::move(d)); }
  void error(const SrcSpan& span, std::string message, std::vector<std::string> notes = {}) {
    report(Diagnostic{Severity::Error, span, std::move(message), std::move(notes)});
  }
  bool hasErrors() const;
  const std::vector<Diagnostic>& diagnostics() const { return diags_; }
  void clear() { diags_.clear(); }

 private:
  std::vector<Diagnostic> diags_;
};

// Renders one diagnostic as in Note [Diagnostic format], ending with '\n'.
// The source line comes from the registered file of d.span, or from `file`
// when given (for unregistered files).
std::string renderDiagnostic(const Diagnostic& d, const struct SourceFile* file = nullptr);

// Wraps a name in GHC's quotes: ‘name’.
std::string quoted(std::string_view s);

}  // namespace core
