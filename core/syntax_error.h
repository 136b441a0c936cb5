// The exception the lexer, layout and parser throw internally for the first
// syntax error. It never escapes core/: parseModule() and lexAll() catch it
// and turn it into a Diagnostic (see Note [Parser errors] in core/parser.h).
#pragma once

#include <string>
#include <vector>

#include "core/source_span.h"

namespace core {

struct SyntaxError {
  SrcSpan span;
  std::string message;
  std::vector<std::string> notes;
};

}  // namespace core
