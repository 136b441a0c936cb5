// The driver's view of the front end: read a source file, parse it, print
// diagnostics to stderr. Shared by `check`, `dump ast` and the outline.
#pragma once

#include <string>

#include "core/ast.h"

namespace driver {

struct Parsed {
  int exitCode = 0;          // kExitOk, or the code to exit with
  core::Module* module = nullptr;
};

// Loads and parses `path` (unlit for .lhs, fixities resolved). On failure
// the diagnostics are already printed to stderr.
Parsed parseSourceFile(const std::string& path, core::AstArena& arena);

}  // namespace driver
