// libFuzzer target: lexer + layout + parser + fixity resolution + error
// rendering on arbitrary bytes. The first byte picks plain or literate
// source. Build and run: see README.md, "Fuzzing".
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/ast_printer.h"
#include "core/diagnostic.h"
#include "core/parser.h"
#include "core/source_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  bool literate = (data[0] & 1) != 0;
  std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  core::SourceFile file = core::makeSourceFile(literate ? "Fuzz.lhs" : "Fuzz.hs", std::move(text));
  core::AstArena arena;
  core::DiagnosticSink sink;
  core::Module* m = core::parseFile(file, arena, sink);
  if (m != nullptr) {
    std::string dump = core::dumpModule(*m);
    std::string outline = core::outlineModule(*m);
    (void)dump;
    (void)outline;
  }
  for (const core::Diagnostic& d : sink.diagnostics()) {
    std::string r = core::renderDiagnostic(d, &file);
    (void)r;
  }
  return 0;
}
