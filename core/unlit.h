// Literate source (.lhs): turns it into plain source with the same line and
// column numbering (see Note [Unlit]).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/source_span.h"

namespace core {

// Note [Unlit]
// ~~~~~~~~~~~~
// Both styles of the Haskell 2010 report (section 10.4) are accepted, also
// mixed in one file:
//  * bird tracks: a line starting with '>' is code; the '>' becomes a space,
//    so columns are unchanged (GHC reports the same columns for .lhs files);
//  * LaTeX: lines between "\begin{code}" and "\end{code}" are code.
// Every other line becomes an empty line, so line numbers are unchanged.
// As the report requires, a bird-track line next to a non-blank comment line
// is an error ("program line next to comment"), reported at the code line.

struct UnlitError {
  SrcLoc where;
  std::string message;
};

// Writes the plain source to `out`; on error returns where and why.
std::optional<UnlitError> unlit(std::string_view literate, std::string& out);

}  // namespace core
