// `lazuli run`: compile, link and run a program's main.
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>

#include "driver/exit_codes.h"
#include "driver/front_end.h"
#include "driver/program_cache.h"
#include "interp/gc_heap.h"
#include "interp/linker.h"
#include "interp/machine.h"

namespace driver {

int runProgram(const std::string& path, const std::vector<std::string>& searchDirs,
               const std::vector<std::string>& programArgs, const RunOptions& options) {
  int code;
  // Note [Compiled program cache]: a program that ran before, unchanged,
  // is loaded instead of compiled.
  CacheKey key{path, searchDirs, options.costCentres};
  phaseTimer().mark("start");
  std::unique_ptr<CachedProgram> cached = loadCachedProgram(key);
  if (cached) phaseTimer().mark("cache-load");
  std::unique_ptr<Compiled> c;
  std::vector<const bc::BcoModule*> modules;
  std::string root;
  // Character classification above Latin-1 comes from the C library.
  std::setlocale(LC_CTYPE, "C.UTF-8");
  // On the C stack, as the collector needs: the runtime's free lists are
  // roots (Note [Allocation fast path] in interp/runtime.cpp).
  std::optional<interp::Runtime> rt;
  std::optional<interp::Linker> linker;
  for (;;) {
    modules.clear();
    if (cached) {
      for (const auto& o : cached->objects) modules.push_back(&o->module);
      root = cached->root;
    } else {
      CompileOptions copts;
      copts.lint = std::getenv("LAZULI_LINT") != nullptr;
      copts.onlyReachable = true;
      copts.costCentres = options.costCentres;
      c = compileProgram(path, searchDirs, copts, &code);
      if (!c) return code;
      storeCachedProgram(key, *c);
      phaseTimer().mark("cache-store");
      for (const bc::BcoModule& m : c->bytecode) modules.push_back(&m);
      for (size_t i = 0; i < c->bytecode.size(); ++i)
        if (c->isRoot[i]) root = c->bytecode[i].name;
    }
    linker.reset();
    rt.reset();
    rt.emplace();
    linker.emplace(*rt);
    absl::Status st = linker->link(modules);
    if (st.ok()) break;
    if (cached) {  // a cache entry that does not link: compile instead
      (void)cached.release();  // its objects may be referenced by the half-linked runtime
      continue;
    }
    std::fprintf(stderr, "lazuli: internal error: %s\n", std::string(st.message()).c_str());
    return kExitCompile;
  }
  phaseTimer().mark("link");
  interp::Obj* mainClosure = linker->global(root + ".main");
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
  interp::Machine machine(*rt, mo);
  int exitCode = machine.runMain(mainClosure);
  phaseTimer().mark("run");
  // The process ends here: freeing the compiler's data structures one by
  // one would take longer than some programs run.
  (void)c.release();
  (void)cached.release();

  return exitCode;
}

}  // namespace driver
