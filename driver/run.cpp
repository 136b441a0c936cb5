// `lazuli run`: compile, link and run a program's main.
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>

#include "driver/exit_codes.h"
#include "driver/front_end.h"
#include "driver/make.h"
#include "interp/gc_heap.h"
#include "absl/strings/str_cat.h"
#include "interp/debugger.h"
#include "interp/linker.h"
#include "interp/machine.h"

namespace driver {

namespace {
void reportDebugResidency(const MadeProgram& made, const char* when) {
  long resident = 0, total = 0;
  for (const bc::LoadedObject* o : made.objects())
    for (const char* name : {".lz.lines", ".lz.locals"})
      if (const bc::ElfSection* s = o->image.find(name)) {
        total += static_cast<long>(s->size);
        long r = o->image.residentBytes(*s);
        if (r < 0) return;  // no /proc/self/pagemap here
        resident += std::min(r, static_cast<long>(s->size));
      }
  std::fprintf(stderr, "lazuli: debug sections (.lz.lines, .lz.locals) of %zu objects %s: %ld of %ld KiB resident\n",
               made.objects().size(), when, resident / 1024, total / 1024);
}
// Note [Running under the debugger]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// `lazuli run -fbreak-points` runs main as the session runs an expression:
// compiled with break sites, their break arrays registered, under the
// debugger, with no breakpoint set. It is how bench/ measures what break
// sites cost when nothing stops. `--trace` adds trace mode, GHCi's
// `:trace main`: every site passed goes into the bounded history, and an
// uncaught exception prints it after the backtrace, newest first, as
// `:hist` does (the last 20 of the 50 kept).
int runUnderDebugger(interp::Machine& machine, bp::Registry& registry, interp::Obj* mainClosure, bool trace) {
  interp::Debugger debugger(machine, registry);
  debugger.setBreakOnError(trace);
  interp::Obj* r = nullptr;
  interp::Outcome o = debugger.start(mainClosure, {machine.rt().world}, &r, bp::StepMode::Off, trace);
  if (o != interp::Outcome::Stopped) return machine.mainExitCode(o == interp::Outcome::Value ? r : nullptr);
  // Stopped at the uncaught exception: report it with the history, then let it go on.
  // At most 20 entries, as GHCi's :hist shows by default.
  std::string hist;
  int i = 0;
  for (const interp::Stop& s : debugger.history()) {
    if (i == 20) break;
    const core::BreakSite* b = s.site_info();
    std::string decl = b ? bp::Engine::displayDecl(s.module->module(), b->decl) : "?";
    std::string index = absl::StrCat("-", ++i);
    absl::StrAppend(&hist, index, std::string(index.size() < 4 ? 4 - index.size() : 1, ' '), ": ", decl, " (",
                    b ? core::renderSpan(b->span) : "?", ")\n");
  }
  bool more = debugger.history().size() > 20;
  o = debugger.resume(&r);
  while (o == interp::Outcome::Stopped) o = debugger.resume(&r);
  int code = machine.mainExitCode(o == interp::Outcome::Value ? r : nullptr);
  if (!hist.empty())
    std::fprintf(stderr, "Trace history (newest first):\n%s%s\n", hist.c_str(),
                 more ? "..." : "<end of history>");
  return code;
}

}  // namespace

int runProgram(const std::string& path, const std::vector<std::string>& searchDirs,
               const std::vector<std::string>& programArgs, const RunOptions& options) {
  int code;
  // Note [Recompilation avoidance] in driver/make.cpp: modules whose objects
  // are up to date are loaded, the others compiled (and cached).
  phaseTimer().mark("start");
  MakeOptions mopts;
  mopts.searchDirs = searchDirs;
  mopts.costCentres = options.costCentres;
  mopts.optimise = options.optimise;
  mopts.breakpoints = options.breakpoints;
  mopts.lint = std::getenv("LAZULI_LINT") != nullptr;
  std::unique_ptr<MadeProgram> made = makeProgram(path, mopts, &code);
  if (!made) return code;
  const std::string& root = made->root;
  // Character classification above Latin-1 comes from the C library.
  std::setlocale(LC_CTYPE, "C.UTF-8");
  // On the C stack, as the collector needs: the runtime's free lists are
  // roots (Note [Allocation fast path] in interp/runtime.cpp).
  std::optional<interp::Runtime> rt;
  std::optional<interp::Linker> linker;
  rt.emplace();
  linker.emplace(*rt);
  bp::Registry registry;
  if (options.breakpoints) {
    registerBreakSites(*made, registry);
    linker->setBreakRegistry(&registry);
  }
  if (absl::Status st = linker->link(made->modules); !st.ok()) {
    std::fprintf(stderr, "lazuli: internal error: %s\n", std::string(st.message()).c_str());
    return kExitCompile;
  }
  phaseTimer().mark("link");
  // LAZULI_DEBUG_RSS=1: how much of the objects' debug sections is mapped
  // in, before running and at the end (after any backtrace): bench/modules.py.
  bool debugRss = std::getenv("LAZULI_DEBUG_RSS") != nullptr;
  if (debugRss) reportDebugResidency(*made, "before running");
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
  int exitCode = options.breakpoints ? runUnderDebugger(machine, registry, mainClosure, options.trace)
                                     : machine.runMain(mainClosure);
  phaseTimer().mark("run");
  if (debugRss) reportDebugResidency(*made, "at exit");
  // The process ends here: freeing the compiler's data structures one by
  // one would take longer than some programs run.
  (void)made.release();

  return exitCode;
}

}  // namespace driver
