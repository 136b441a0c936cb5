// The driver's view of the front end: read source files, parse and rename
// them, print diagnostics to stderr. Shared by `check`, `dump ast` and the
// outline.
#pragma once

#include <string>
#include <vector>

#include <chrono>
#include <memory>

#include "bytecode/bco.h"
#include "core/ast.h"
#include "core/core_syntax.h"
#include "core/entity.h"

namespace driver {

// LAZULI_TIMING=1 in the environment: each phase of the compiler and the
// runtime prints its wall time on stderr (for finding where time goes).
class PhaseTimer {
 public:
  PhaseTimer();
  void mark(const char* phase);  // the time since the previous mark
 private:
  bool enabled_;
  std::chrono::steady_clock::time_point last_;
};
PhaseTimer& phaseTimer();

struct Parsed {
  int exitCode = 0;          // kExitOk, or the code to exit with
  core::Module* module = nullptr;
};

// Loads and parses one file (unlit for .lhs, fixities resolved with the
// bootstrap table). On failure the diagnostics are already printed.
Parsed parseSourceFile(const std::string& path, core::AstArena& arena);

// Note [Library location]
// ~~~~~~~~~~~~~~~~~~~~~~~
// The standard library's sources are found in $LAZULI_LIB if set, else in the
// lib/ folder of the source tree the tool was built from (compiled in). Its
// compiled objects live next to the tool (Note [Object locations] in
// driver/object_cache.cpp).
std::string libraryDir();

// Loads `path` and every module it imports (search path: `searchDirs`, or the
// file's own folder when empty, then the library), renames them all and
// checks the kinds of every type they write.
// Returns the exit code (0, or 2 after printing the errors).
// With typeCheck, types are inferred too (see Note [Type inference]).
int checkProgram(const std::string& path, const std::vector<std::string>& searchDirs,
                 bool typeCheck = false);

struct CompileOptions {
  // Lint every module's Core (Note [Core lint in the driver]): always for
  // `dump`, and for `run` when LAZULI_LINT is set (the tests lint every
  // program through `dump core`).
  bool lint = false;
  // Compile to STG and bytecode only what the root module can reach (Note
  // [Only what main needs] in driver/front_end.cpp).
  bool onlyReachable = false;
  bool breakpoints = false;  // breakpoint ticks (core/desugar.h)
  bool costCentres = false;  // cost-centre ticks
  bool optimise = false;     // -O: the simplifier (core/simplify.h)
};

// A program compiled to bytecode: every module (library included, in
// dependency order) at every stage.
struct Compiled {
  Compiled();
  ~Compiled();
  std::vector<core::CoreModule> core;
  std::vector<bc::StgModule> stg;
  std::vector<bc::BcoModule> bytecode;
  std::vector<bool> isRoot;
  std::vector<bool> isLibrary;           // a module of the standard library
  std::vector<std::string> sourceFiles;  // each module's file, as found
  struct State;                    // the front end's arenas, kept alive
  std::unique_ptr<State> state;
};

// Compiles `path` and its imports: type-checks, desugars and lints every
// module, then converts to STG and bytecode. Null after printing errors
// (*code is the exit code).
std::unique_ptr<Compiled> compileProgram(const std::string& path, const std::vector<std::string>& searchDirs,
                                         const CompileOptions& options, int* code);

// Prints the root module (every module with allModules) at one stage:
// Core (linted), STG or bytecode.
struct CoreDumpOptions {
  enum class Stage { Core, Stg, Bytecode } stage = Stage::Core;
  bool allModules = false;
  bool breakpoints = false;  // breakpoint ticks (core/desugar.h)
  bool costCentres = false;  // cost-centre ticks
  bool optimise = false;     // -O
};
int dumpCore(const std::string& path, const std::vector<std::string>& searchDirs, const CoreDumpOptions& options);

// `lazuli run FILE ARGS...`: compiles and runs main, passing ARGS to getArgs.
struct RunOptions {
  size_t maxStackBytes = 0;        // 0: the default (80% of physical memory)
  size_t maxHeapBytes = 0;         // 0: the default (80% of physical memory)
  bool costCentres = true;         // cost-centre stacks (--no-ccs turns them off)
  bool optimise = false;           // -O
  // -fbreak-points: compiled with break sites and run under the debugger
  // with none set (what they cost); --trace: in trace mode too, printing
  // the history of an uncaught exception (Note [Running under the debugger]).
  bool breakpoints = false;
  bool trace = false;
};
int runProgram(const std::string& path, const std::vector<std::string>& searchDirs,
               const std::vector<std::string>& programArgs, const RunOptions& options);

// `lazuli build`: compiles what is out of date of `path` and its imports
// (driver/make.h) and writes one object file per compiled module of the
// program (the library's are not written): OUT/A/B.lzm for module A.B, OUT
// being `outDir` or the root file's folder. Prints a line per compiled
// module as `ghc --make` does. Exit code 0, 2 (compile errors) or 3 (an
// object cannot be written).
struct BuildOptions {
  std::string outDir;
  bool optimise = false;  // -O
  bool breakpoints = false;  // -fbreak-points
  bool dumpCore = false;  // print each compiled module's Core (after -O's simplifier)
};
int buildProgram(const std::string& path, const std::vector<std::string>& searchDirs, const BuildOptions& options);

// Checks the program and prints the root module's outline with the types of
// its bindings (what `lazuli FILE` shows until the session exists).
int outlineProgram(const std::string& path, const std::vector<std::string>& searchDirs);

}  // namespace driver
