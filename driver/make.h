// Separate compilation, as `ghc --make` does it: each module of a program is
// compiled against its imports' interfaces and written to its own object,
// and a module whose object is up to date is not compiled at all. Used by
// `lazuli build` and `lazuli run`. See Note [Recompilation avoidance] in
// driver/make.cpp.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "breakpoints/registry.h"
#include "bytecode/object_file.h"

namespace driver {

struct MakeOptions {
  std::vector<std::string> searchDirs;  // -i (default: the root file's folder)
  bool costCentres = true;
  bool optimise = false;    // -O: the simplifier (core/simplify.h)
  bool breakpoints = false; // -fbreak-points: breakpoint ticks and the break-site table
  bool dumpCore = false;    // print each compiled module's final Core on stdout
  bool lint = false;        // Core lint and the bytecode verifier on what is compiled
  // Where the program's own modules' objects go (`lazuli build`); empty:
  // the cache folder (`lazuli run`, Note [Object locations]).
  std::string outDir;
  bool report = false;      // "[1 of 3] Compiling A ( A.hs, A.lzm )" per compiled module
  // Where the standard library's objects are looked for (Note [Object
  // locations]); with libraryOut, stale ones are written there too (the
  // build of lazuli itself), not to the cache.
  std::string libraryObjects;
  bool libraryOut = false;
};

// A program ready to link: every module's bytecode in dependency order,
// read from its object or just compiled.
struct MadeProgram {
  MadeProgram();
  ~MadeProgram();
  bc::DataConRegistry cons;  // one DataCon per constructor, for the linker
  std::vector<const bc::BcoModule*> modules;
  std::string root;                    // the root module's name
  std::vector<std::string> compiled;   // the modules this run compiled
  std::vector<const bc::LoadedObject*> objects() const;  // those read from object files
  struct State;
  std::unique_ptr<State> state;
};

// Null after printing errors, with the exit code in *code (2: compile
// errors; 3: a file could not be read or written).
std::unique_ptr<MadeProgram> makeProgram(const std::string& path, const MakeOptions& options, int* code);

// Registers every module of `made` compiled with break sites in `registry`
// (before linking: the linker binds BRK_FUN's module tables to the
// entries). A module read from an object reads its site table from the
// object's .lz.breaks section when first asked.
void registerBreakSites(const MadeProgram& made, bp::Registry& registry);

// `lazuli build-library [DIR]`: compiles every module of the standard
// library into DIR (default: the folder lazuli looks in). Exit code 0, 2 or 3.
int buildLibrary(const std::string& dir);

}  // namespace driver
