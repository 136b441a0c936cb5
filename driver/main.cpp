// The `lazuli` command line (DESIGN.md section 1).
#include <cstdio>
#include <gc/gc.h>
#include <malloc.h>
#include <pthread.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "bytecode/object_file.h"
#include "core/ast_printer.h"
#include "driver/exit_codes.h"
#include "driver/make.h"
#include "driver/module_interface.h"
#include "driver/front_end.h"
#include "interp/gc_heap.h"
#include "native/jit_probe.h"

namespace driver {
namespace {

constexpr const char* kUsage = R"(usage:
  lazuli FILE.hs                 load FILE (today: check it and print its outline,
                                 with the type of every binding)
  lazuli check [-i DIR]... FILE.hs
                                 parse, rename and type-check FILE and every
                                 module it imports; errors or nothing
                                 (--no-typecheck: stop after kinds)
  lazuli dump ast FILE.hs        print the syntax tree with source spans
  lazuli dump core [-O] [--all] [--ticks=break,cc] [-i DIR]... FILE.hs
                                 print the module's Core (--all: every module's,
                                 the library's too), linted; --ticks adds
                                 breakpoint and/or cost-centre ticks; -O
                                 simplifies it (inlining within and across
                                 modules, every tick kept)
  lazuli dump stg [--all] [-i DIR]... FILE.hs
  lazuli dump bytecode [--all] [-i DIR]... FILE.hs
                                 print the module's STG or bytecode
  lazuli run [-O] [-i DIR]... [--max-stack=SIZE] [--max-heap=SIZE] [--no-ccs]
             [-fbreak-points | --trace] FILE.hs [ARGS...]
                                 compile and run main, like runghc; ARGS go to
                                 getArgs; SIZE like 64m or 2g (default for both:
                                 80% of physical memory); an uncaught exception
                                 prints its cost-centre stack (--no-ccs: compile
                                 without cost centres and print none);
                                 -fbreak-points runs it under the debugger with
                                 break sites compiled in, --trace in trace mode,
                                 printing the history of an uncaught exception
  lazuli build [-O] [-fbreak-points] [-o DIR] [-i DIR]... [--dump-core] FILE.hs
                                 compile what is out of date of FILE and the
                                 modules it imports, like ghc --make, writing one
                                 object file (DIR/A/B.lzm) with its interface per
                                 module of the program; -fbreak-points puts
                                 breakpoint ticks and a break-site table in
                                 them; --dump-core prints the Core of each
                                 module compiled
  lazuli build-library [DIR]     compile the standard library (the build does)
  lazuli objdump FILE.lzm        print an object file: sections, symbols,
                                 constructors, cost centres, interface, bytecode
  lazuli --version               print the version and the native-tier status
  lazuli --help                  print this help

Not built yet (they exit with code 3): the interactive session and dump iface.

Exit codes: 0 success, 1 uncaught exception (2: stack overflow, 251: heap
exhausted, as GHC), 2 compile error, 3 bad usage.
)";

int usageError(const std::string& message) {
  std::fprintf(stderr, "lazuli: %s\n\n%s", message.c_str(), kUsage);
  return kExitUsage;
}

int notYet(const std::string& what) {
  std::fprintf(stderr, "lazuli: %s is not available in this version yet\n", what.c_str());
  return kExitUsage;
}

// The arguments common to commands that load a program: `-i DIR` (or
// `-iDIR`) search folders and one file. `own` handles the command's other
// options (true when it took args[i]); returns a usage error's exit code, or -1.
struct ProgramArgs {
  std::vector<std::string> dirs;
  std::string file;
};
int parseProgramArgs(const std::vector<std::string>& args, const std::string& cmd, ProgramArgs& out,
                     const std::function<int(const std::string&)>& own) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (int r = own(a); r != 0) {
      if (r > 0) return r;
    } else if (a == "-i") {
      if (i + 1 == args.size()) return usageError("-i needs a directory");
      out.dirs.push_back(args[++i]);
    } else if (a.rfind("-i", 0) == 0) {
      out.dirs.push_back(a.substr(2));
    } else if (!a.empty() && a[0] == '-') {
      return usageError("unknown option '" + a + "' for " + cmd);
    } else if (out.file.empty()) {
      out.file = a;
    } else {
      return usageError(cmd + " takes one file");
    }
  }
  if (out.file.empty()) return usageError(cmd + " needs a file");
  return -1;
}

int cmdCheck(const std::vector<std::string>& args) {
  ProgramArgs pa;
  bool typeCheck = true;
  int r = parseProgramArgs(args, "check", pa, [&](const std::string& a) {
    if (a != "--no-typecheck") return 0;
    typeCheck = false;
    return -1;
  });
  if (r >= 0) return r;
  return checkProgram(pa.file, pa.dirs, typeCheck);
}

int cmdDumpAst(const std::string& path) {
  core::AstArena arena;
  Parsed p = parseSourceFile(path, arena);
  if (p.module == nullptr) return p.exitCode;
  std::string text = core::dumpModule(*p.module);
  std::fwrite(text.data(), 1, text.size(), stdout);
  return kExitOk;
}

int cmdDumpCore(const std::vector<std::string>& args, CoreDumpOptions::Stage stage) {
  ProgramArgs pa;
  CoreDumpOptions options;
  options.stage = stage;
  int r = parseProgramArgs(args, "dump core", pa, [&](const std::string& a) {
    if (a == "--all") {
      options.allModules = true;
      return -1;
    }
    if (a == "-O") {
      options.optimise = true;
      return -1;
    }
    if (a.rfind("--ticks=", 0) != 0) return 0;
    std::string list = a.substr(8);
    for (size_t from = 0;;) {
      size_t comma = list.find(',', from);
      std::string t = list.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
      if (t == "break") options.breakpoints = true;
      else if (t == "cc") options.costCentres = true;
      else return usageError("unknown tick kind '" + t + "' (expected break or cc)");
      if (comma == std::string::npos) return -1;
      from = comma + 1;
    }
  });
  if (r >= 0) return r;
  return dumpCore(pa.file, pa.dirs, options);
}

// "64m", "2g", "65536": a size in bytes; 0 if malformed.
size_t parseSize(const std::string& text) {
  if (text.empty()) return 0;
  size_t i = 0;
  size_t v = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
    if (v > (size_t{1} << 50)) return 0;
    v = v * 10 + static_cast<size_t>(text[i++] - '0');
  }
  if (i == 0) return 0;
  if (i == text.size()) return v;
  if (i + 1 != text.size()) return 0;
  switch (text[i]) {
    case 'k': case 'K': return v << 10;
    case 'm': case 'M': return v << 20;
    case 'g': case 'G': return v << 30;
    default: return 0;
  }
}

// run [-i DIR]... [--max-stack=SIZE] [--no-ccs] FILE [ARGS...]: options before the file
// are ours, everything after it is the program's.
int cmdRun(const std::vector<std::string>& args) {
  std::vector<std::string> dirs;
  RunOptions options;
  size_t i = 0;
  for (; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-i") {
      if (i + 1 == args.size()) return usageError("-i needs a directory");
      dirs.push_back(args[++i]);
    } else if (a.rfind("--max-stack=", 0) == 0) {
      options.maxStackBytes = parseSize(a.substr(12));
      if (options.maxStackBytes == 0) return usageError("bad size in '" + a + "' (expected a number, optionally with k, m or g)");
    } else if (a.rfind("--max-heap=", 0) == 0) {
      options.maxHeapBytes = parseSize(a.substr(11));
      if (options.maxHeapBytes == 0) return usageError("bad size in '" + a + "' (expected a number, optionally with k, m or g)");
    } else if (a == "--no-ccs") {
      options.costCentres = false;
    } else if (a == "-O") {
      options.optimise = true;
    } else if (a == "-fbreak-points") {
      options.breakpoints = true;
    } else if (a == "--trace") {
      options.breakpoints = options.trace = true;
    } else if (a.rfind("-i", 0) == 0) {
      dirs.push_back(a.substr(2));
    } else if (!a.empty() && a[0] == '-') {
      return usageError("unknown option '" + a + "' for run");
    } else {
      break;
    }
  }
  if (i == args.size()) return usageError("run needs a file");
  std::vector<std::string> programArgs(args.begin() + static_cast<long>(i) + 1, args.end());
  return runProgram(args[i], dirs, programArgs, options);
}

int cmdOutline(const std::string& path) { return outlineProgram(path, {}); }

// build [-O] [-o DIR] [-i DIR]... [--dump-core] FILE
int cmdBuild(const std::vector<std::string>& args) {
  std::vector<std::string> rest;
  BuildOptions options;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-o") {
      if (i + 1 == args.size()) return usageError("-o needs a directory");
      options.outDir = args[++i];
    } else if (args[i] == "-O") {
      options.optimise = true;
    } else if (args[i] == "-fbreak-points") {
      options.breakpoints = true;
    } else if (args[i] == "--dump-core") {
      options.dumpCore = true;
    } else {
      rest.push_back(args[i]);
    }
  }
  ProgramArgs pa;
  int r = parseProgramArgs(rest, "build", pa, [](const std::string&) { return 0; });
  if (r >= 0) return r;
  return buildProgram(pa.file, pa.dirs, options);
}

int cmdObjdump(const std::vector<std::string>& args) {
  if (args.size() != 1) return usageError("objdump takes one object file");
  absl::StatusOr<std::string> text = bc::describeObject(args[0], describeInterface);
  if (!text.ok()) {
    std::fprintf(stderr, "lazuli: %s\n", std::string(text.status().message()).c_str());
    return kExitUsage;  // a missing or bad object file
  }
  std::fwrite(text->data(), 1, text->size(), stdout);
  return kExitOk;
}

int run(const std::vector<std::string>& args) {
  if (args.empty()) return notYet("the interactive session");
  const std::string& cmd = args[0];
  if (cmd == "--help" || cmd == "-h") {
    std::fputs(kUsage, stdout);
    return kExitOk;
  }
  if (cmd == "--version") {
    std::string why;
    bool jit = native::probeJit(&why);
    std::printf("lazuli 0.1 (front end to Core, STG and bytecode; the bytecode interpreter)\nnative tier: %s%s\n",
                jit ? "available" : "unavailable: ", jit ? "" : why.c_str());
    return kExitOk;
  }
  if (cmd == "check") return cmdCheck(std::vector<std::string>(args.begin() + 1, args.end()));
  if (cmd == "dump") {
    std::vector<std::string> rest(args.begin() + std::min<long>(2, static_cast<long>(args.size())), args.end());
    if (args.size() >= 2 && args[1] == "core") return cmdDumpCore(rest, CoreDumpOptions::Stage::Core);
    if (args.size() >= 2 && args[1] == "stg") return cmdDumpCore(rest, CoreDumpOptions::Stage::Stg);
    if (args.size() >= 2 && args[1] == "bytecode") return cmdDumpCore(rest, CoreDumpOptions::Stage::Bytecode);
    if (args.size() != 3) return usageError("dump takes a stage and one file");
    if (args[1] == "ast") return cmdDumpAst(args[2]);
    if (args[1] == "iface") return notYet("dump " + args[1]);
    return usageError("unknown stage '" + args[1] + "' (expected ast, core, stg, bytecode or iface)");
  }
  if (cmd == "run") return cmdRun(std::vector<std::string>(args.begin() + 1, args.end()));
  if (cmd == "build") return cmdBuild(std::vector<std::string>(args.begin() + 1, args.end()));
  if (cmd == "build-library") {
    if (args.size() > 2) return usageError("build-library takes at most one directory");
    return buildLibrary(args.size() == 2 ? args[1] : "");
  }
  if (cmd == "objdump") return cmdObjdump(std::vector<std::string>(args.begin() + 1, args.end()));
  if (!cmd.empty() && cmd[0] == '-') return usageError("unknown option '" + cmd + "'");
  if (args.size() != 1) return usageError("expected one file");
  return cmdOutline(cmd);
}

}  // namespace
}  // namespace driver

// Note [Compiler stack]
// ~~~~~~~~~~~~~~~~~~~~~
// The compiler's passes recurse over the program's syntax, which can be as
// deep as the program is long (a 100,000-element list literal is a chain of
// (:) that deep). Rather than make every pass iterative, the driver runs on
// a thread with a 1 GiB stack: address space only, committed as touched.
// The collector knows the thread (gc.h redirects pthread_create under
// GC_THREADS). Haskell evaluation does not use this stack: it runs on the
// machine's own (Note [Stack frames] in interp/stack.h).
namespace {
struct MainArgs {
  std::vector<std::string> args;
  int code = 0;
};

void* driverThread(void* p) {
  auto* a = static_cast<MainArgs*>(p);
  a->code = driver::run(a->args);
  std::fflush(stdout);
  return nullptr;
}
}  // namespace

int main(int argc, char** argv) {
  // Note [One malloc arena]: the compiler allocates from the driver thread;
  // a secondary glibc arena grows by one mprotect call per extension, which
  // cost a tenth of a hello-world run. One arena (brk) padded by 16 MiB
  // grows rarely.
  mallopt(M_ARENA_MAX, 1);
  mallopt(M_TOP_PAD, 16 << 20);
  interp::initHeap();
  MainArgs a;
  a.args.assign(argv + 1, argv + argc);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t{1} << 30);
  pthread_t t;
  if (pthread_create(&t, &attr, driverThread, &a) != 0) {
    driverThread(&a);  // no thread: run on the main stack
  } else {
    pthread_join(t, nullptr);
  }
  pthread_attr_destroy(&attr);
  return a.code;
}
