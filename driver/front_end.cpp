#include "driver/front_end.h"

#include <cstdio>

#include "core/diagnostic.h"
#include "core/parser.h"
#include "core/source_file.h"
#include "driver/exit_codes.h"

namespace driver {

Parsed parseSourceFile(const std::string& path, core::AstArena& arena) {
  Parsed out;
  auto file = core::loadSourceFile(path);
  if (!file.ok()) {
    std::fprintf(stderr, "lazuli: %s\n", std::string(file.status().message()).c_str());
    out.exitCode = kExitUsage;
    return out;
  }
  core::DiagnosticSink sink;
  out.module = core::parseFile(**file, arena, sink);
  for (const core::Diagnostic& d : sink.diagnostics())
    std::fputs(core::renderDiagnostic(d).c_str(), stderr);
  if (out.module == nullptr || sink.hasErrors()) {
    out.module = nullptr;
    out.exitCode = kExitCompile;
  }
  return out;
}

}  // namespace driver
