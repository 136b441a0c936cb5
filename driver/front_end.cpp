#include "driver/front_end.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "core/diagnostic.h"
#include "core/kinds.h"
#include "core/typecheck.h"
#include "core/module_graph.h"
#include "core/parser.h"
#include "core/renamer.h"
#include "core/source_file.h"
#include "driver/exit_codes.h"

namespace driver {

namespace {
void printDiagnostics(const core::DiagnosticSink& sink) {
  for (const core::Diagnostic& d : sink.diagnostics())
    std::fputs(core::renderDiagnostic(d).c_str(), stderr);
}
}  // namespace

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
  printDiagnostics(sink);
  if (out.module == nullptr || sink.hasErrors()) {
    out.module = nullptr;
    out.exitCode = kExitCompile;
  }
  return out;
}

std::string libraryDir() {
  if (const char* env = std::getenv("LAZULI_LIB"); env != nullptr && *env != '\0') return env;
  return LZ_LIB_DIR;
}

int checkProgram(const std::string& path, const std::vector<std::string>& searchDirs,
                 bool typeCheck) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    std::fprintf(stderr, "lazuli: %s: can't find file\n", path.c_str());
    return kExitUsage;
  }
  std::vector<std::string> dirs = searchDirs;
  if (dirs.empty()) {
    std::string parent = std::filesystem::path(path).parent_path().string();
    dirs.push_back(parent.empty() ? "." : parent);
  }
  dirs.push_back(libraryDir());
  core::AstArena arena;
  core::EntityTable entities;
  core::DiagnosticSink sink;
  core::ModuleGraph graph(dirs, /*resolveFixities=*/false);
  bool ok = graph.loadRoot(path, arena, sink);
  core::Renamer renamer(entities);
  if (ok) ok = renamer.renameProgram(graph, arena, sink);
  core::KindArena kindArena;
  if (ok) {
    core::KindChecker kinds(kindArena);
    ok = kinds.checkProgram(graph, sink);
  }
  if (ok && typeCheck) {
    absl::flat_hash_map<std::string, const core::Entity*> syntax;
    for (const auto& [key, e] : renamer.builtins())
      if (key.rfind("t ", 0) == 0) syntax[key.substr(2)] = e;
    core::TyArena types(syntax);
    core::TypeChecker checker(renamer, types);
    ok = checker.checkProgram(graph, sink);
  }
  printDiagnostics(sink);
  return ok && !sink.hasErrors() ? kExitOk : kExitCompile;
}

}  // namespace driver
