#include "driver/front_end.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>

#include "absl/container/flat_hash_set.h"
#include "bytecode/verify.h"
#include "core/ast_printer.h"
#include "core/core_vars.h"
#include "core/desugar.h"
#include "core/diagnostic.h"
#include "core/kinds.h"
#include "core/typecheck.h"
#include "core/module_graph.h"
#include "core/parser.h"
#include "core/renamer.h"
#include "core/source_file.h"
#include "driver/core_passes.h"
#include "driver/exit_codes.h"

namespace driver {

PhaseTimer::PhaseTimer() : enabled_(std::getenv("LAZULI_TIMING") != nullptr), last_(std::chrono::steady_clock::now()) {}

void PhaseTimer::mark(const char* phase) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  double ms = std::chrono::duration<double, std::milli>(now - last_).count();
  std::fprintf(stderr, "lazuli: %-10s %7.2f ms\n", phase, ms);
  last_ = now;
}

PhaseTimer& phaseTimer() {
  static PhaseTimer t;
  return t;
}

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

namespace {

// Everything one run of the front end builds, kept alive together.
struct Program {
  core::AstArena arena;
  core::EntityTable entities;
  core::DiagnosticSink sink;
  std::unique_ptr<core::ModuleGraph> graph;
  std::unique_ptr<core::Renamer> renamer;
  core::KindArena kindArena;
  absl::flat_hash_map<std::string, const core::Entity*> syntax;
  std::unique_ptr<core::TyArena> types;
  std::unique_ptr<core::TypeChecker> checker;
};

// Runs the front end on `path`; false after printing the errors. Returns the
// exit code in *code.
bool runFrontEnd(Program& p, const std::string& path, const std::vector<std::string>& searchDirs,
                 bool typeCheck, int* code) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    std::fprintf(stderr, "lazuli: %s: can't find file\n", path.c_str());
    *code = kExitUsage;
    return false;
  }
  std::vector<std::string> dirs = searchDirs;
  if (dirs.empty()) {
    std::string parent = std::filesystem::path(path).parent_path().string();
    dirs.push_back(parent.empty() ? "." : parent);
  }
  dirs.push_back(libraryDir());
  p.graph = std::make_unique<core::ModuleGraph>(dirs, /*resolveFixities=*/false);
  bool ok = p.graph->loadRoot(path, p.arena, p.sink);
  phaseTimer().mark("parse");
  p.renamer = std::make_unique<core::Renamer>(p.entities);
  if (ok) ok = p.renamer->renameProgram(*p.graph, p.arena, p.sink);
  phaseTimer().mark("rename");
  if (ok) {
    core::KindChecker kinds(p.kindArena);
    ok = kinds.checkProgram(*p.graph, p.sink);
  }
  if (ok && typeCheck) {
    p.syntax = p.renamer->builtinTypes();
    p.types = std::make_unique<core::TyArena>(p.syntax);
    p.checker = std::make_unique<core::TypeChecker>(*p.renamer, *p.types);
    ok = p.checker->checkProgram(*p.graph, p.sink);
    phaseTimer().mark("typecheck");
  }
  printDiagnostics(p.sink);
  ok = ok && !p.sink.hasErrors();
  *code = ok ? kExitOk : kExitCompile;
  return ok;
}

}  // namespace

int checkProgram(const std::string& path, const std::vector<std::string>& searchDirs,
                 bool typeCheck) {
  Program p;
  int code;
  runFrontEnd(p, path, searchDirs, typeCheck, &code);
  return code;
}

namespace {

// The standard library's modules: their `error` calls carry no call-site
// text (Note [Error call stacks] in core/desugar.cpp).
absl::flat_hash_set<std::string> libraryModules(const core::ModuleGraph& g) {
  absl::flat_hash_set<std::string> out;
  std::string lib = std::filesystem::weakly_canonical(libraryDir()).string();
  for (core::ModuleNode* node : g.order()) {
    std::error_code ec;
    std::string file = std::filesystem::weakly_canonical(node->file->name, ec).string();
    if (file.rfind(lib + "/", 0) == 0) out.insert(node->name);
  }
  return out;
}

}  // namespace

// Note [Only what main needs]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~
// `dump stg` and `dump bytecode` compile the whole standard library from
// source, but a program uses a small part of it. After desugaring (which needs every
// module whole: instances, dictionaries, wired names), only the top-level
// bindings reachable from the root module's go on to STG, bytecode and the
// linker. Reachability follows every global a binding's Core mentions, so
// nothing a running program can reach is dropped (the linker would say so:
// "no definition of ...").
namespace {
void keepReachable(Compiled& c) {
  absl::flat_hash_map<const core::CoreVar*, const core::CoreExpr*> rhs;
  for (const core::CoreModule& m : c.core)
    for (const core::CoreModule::Group& g : m.groups)
      for (const core::CoreBind& b : g.binds) rhs[b.var] = b.rhs;
  absl::flat_hash_set<const core::CoreVar*> seen;
  std::vector<const core::CoreVar*> todo;
  for (size_t i = 0; i < c.core.size(); ++i)
    if (c.isRoot[i])
      for (const core::CoreModule::Group& g : c.core[i].groups)
        for (const core::CoreBind& b : g.binds)
          if (seen.insert(b.var).second) todo.push_back(b.var);
  while (!todo.empty()) {
    const core::CoreVar* v = todo.back();
    todo.pop_back();
    auto it = rhs.find(v);
    if (it == rhs.end()) continue;
    for (const core::CoreVar* w : core::occurringVars(*it->second))
      if (w->isGlobal() && seen.insert(w).second) todo.push_back(w);
  }
  for (core::CoreModule& m : c.core) {
    std::vector<core::CoreModule::Group> kept;
    for (core::CoreModule::Group& g : m.groups) {
      core::CoreModule::Group k;
      k.recursive = g.recursive;
      for (const core::CoreBind& b : g.binds)
        if (seen.contains(b.var)) k.binds.push_back(b);
      if (!k.binds.empty()) kept.push_back(std::move(k));
    }
    m.groups = std::move(kept);
  }
}
}  // namespace

struct Compiled::State {
  Program program;
  core::CoreArena coreArena;
  bc::StgArena stgArena;
};

Compiled::Compiled() : state(std::make_unique<State>()) {}
Compiled::~Compiled() = default;

std::unique_ptr<Compiled> compileProgram(const std::string& path, const std::vector<std::string>& searchDirs,
                                         const CompileOptions& options, int* code) {
  auto c = std::make_unique<Compiled>();
  Program& p = c->state->program;
  phaseTimer().mark("start");
  if (!runFrontEnd(p, path, searchDirs, /*typeCheck=*/true, code)) return nullptr;
  core::DesugarOptions dopts;
  dopts.breakpoints = options.breakpoints;
  dopts.costCentres = options.costCentres;
  absl::flat_hash_set<std::string> library = libraryModules(*p.graph);
  dopts.isLibraryModule = [library](const std::string& m) { return library.contains(m); };
  dopts.ioArity = [checker = p.checker.get()](const core::Entity* e) { return checker->ioArity(e); };
  core::Desugarer desugarer(p.checker->elaboration(), p.renamer->builtins(), c->state->coreArena, dopts);
  for (core::ModuleNode* node : p.graph->order()) {
    core::CoreModule m;
    std::vector<const core::CoreVar*> imported = desugarer.globals();
    if (!desugarer.desugarModule(*node->ast, m, p.sink)) {
      printDiagnostics(p.sink);
      *code = kExitCompile;
      return nullptr;
    }
    // Note [Core lint in the driver]: every module is linted after
    // desugaring; a problem is a bug of the compiler, reported as such.
    // -O (Note [The simplifier]) for program modules only, as `lazuli build
    // -O` compiles them (the library's objects are compiled once, without).
    bool isLib = library.contains(node->name);
    if (!afterDesugaring(m, desugarer, c->state->coreArena, imported, options.lint, options.optimise && !isLib,
                         isLib)) {
      *code = kExitCompile;
      return nullptr;
    }
    c->isRoot.push_back(node == p.graph->root());
    c->isLibrary.push_back(isLib);
    c->sourceFiles.push_back(node->file->name);
    c->core.push_back(std::move(m));
  }
  phaseTimer().mark("desugar");
  if (options.onlyReachable) keepReachable(*c);
  for (const core::CoreModule& m : c->core) c->stg.push_back(bc::coreToStg(m, c->state->stgArena));
  phaseTimer().mark("stg");
  for (const bc::StgModule& m : c->stg)
    c->bytecode.push_back(bc::generateBytecode(m, options.costCentres, !library.contains(m.name)));
  phaseTimer().mark("bytecode");
  // With lint, the bytecode verifier (bytecode/verify.h) checks what the
  // generator made, as it checks objects read from files.
  if (options.lint)
    for (const bc::BcoModule& m : c->bytecode)
      if (absl::Status st = bc::verifyModule(m); !st.ok()) {
        std::fprintf(stderr, "lazuli: internal error: bytecode of %s: %s\n", m.name.c_str(),
                     std::string(st.message()).c_str());
        *code = kExitCompile;
        return nullptr;
      }
  *code = kExitOk;
  return c;
}

int dumpCore(const std::string& path, const std::vector<std::string>& searchDirs, const CoreDumpOptions& options) {
  int code;
  CompileOptions copts;
  copts.lint = true;
  copts.onlyReachable = !options.allModules && options.stage != CoreDumpOptions::Stage::Core;
  copts.breakpoints = options.breakpoints;
  copts.costCentres = options.costCentres;
  copts.optimise = options.optimise;
  std::unique_ptr<Compiled> c = compileProgram(path, searchDirs, copts, &code);
  if (!c) return code;
  std::string text;
  for (size_t i = 0; i < c->core.size(); ++i) {
    if (!c->isRoot[i] && !options.allModules) continue;
    switch (options.stage) {
      case CoreDumpOptions::Stage::Core: text += core::printCoreModule(c->core[i]); break;
      case CoreDumpOptions::Stage::Stg: text += bc::printStgModule(c->stg[i]); break;
      case CoreDumpOptions::Stage::Bytecode: text += bc::disassemble(c->bytecode[i]); break;
    }
  }
  std::fwrite(text.data(), 1, text.size(), stdout);
  return kExitOk;
}

int outlineProgram(const std::string& path, const std::vector<std::string>& searchDirs) {
  Program p;
  int code;
  if (!runFrontEnd(p, path, searchDirs, /*typeCheck=*/true, &code)) return code;
  std::string text = core::outlineModule(*p.graph->root()->ast, [&](const core::Entity* e) {
    return p.checker->typeOf(e);
  });
  std::fwrite(text.data(), 1, text.size(), stdout);
  return kExitOk;
}
}  // namespace driver
