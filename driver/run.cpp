// `lazuli run`: compile, link and run a program's main.
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "driver/exit_codes.h"
#include "driver/front_end.h"
#include "interp/gc_heap.h"
#include "interp/linker.h"
#include "interp/machine.h"

namespace driver {

int runProgram(const std::string& path, const std::vector<std::string>& searchDirs,
               const std::vector<std::string>& programArgs, const RunOptions& options) {
  int code;
  CompileOptions copts;
  copts.lint = std::getenv("LAZULI_LINT") != nullptr;
  copts.onlyReachable = true;
  copts.costCentres = options.costCentres;
  std::unique_ptr<Compiled> c = compileProgram(path, searchDirs, copts, &code);
  if (!c) return code;
  std::vector<const bc::BcoModule*> modules;
  for (const bc::BcoModule& m : c->bytecode) modules.push_back(&m);
  std::string root;
  for (size_t i = 0; i < c->bytecode.size(); ++i)
    if (c->isRoot[i]) root = c->bytecode[i].name;
  // Character classification above Latin-1 comes from the C library.
  std::setlocale(LC_CTYPE, "C.UTF-8");
  interp::Runtime rt;
  interp::Linker linker(rt);
  absl::Status st = linker.link(modules);
  if (!st.ok()) {
    std::fprintf(stderr, "lazuli: internal error: %s\n", std::string(st.message()).c_str());
    return kExitCompile;
  }
  phaseTimer().mark("link");
  interp::Obj* mainClosure = linker.global(root + ".main");
  if (!mainClosure) {
    std::fprintf(stderr, "%s:1:1: error:\n    The IO action `main' is not defined in module `%s'\n",
                 path.c_str(), root.c_str());
    return kExitCompile;
  }
  interp::MachineOptions mo;
  mo.maxStackBytes = options.maxStackBytes;
  // The heap is bounded like the stack, so that running out of memory is
  // the program's exception ("Heap exhausted"), not the system's OOM killer.
  mo.maxHeapBytes = options.maxHeapBytes ? options.maxHeapBytes : interp::defaultMaxStackBytes();
  interp::setMaxHeap(mo.maxHeapBytes);
  mo.args = programArgs;
  // As a compiled GHC program names itself: the file name without .hs/.lhs.
  mo.progName = std::filesystem::path(path).stem().string();
  interp::Machine machine(rt, mo);
  int exitCode = machine.runMain(mainClosure);
  phaseTimer().mark("run");
  // The process ends here: freeing the compiler's data structures one by
  // one would take longer than some programs run.
  (void)c.release();
  return exitCode;
}

}  // namespace driver
