// A whole program compiled as `lazuli build -fbreak-points` does and linked
// with its break sites registered, for the debugger's unit tests.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "breakpoints/registry.h"
#include "core/source_span.h"
#include "driver/make.h"
#include "driver/object_cache.h"
#include "interp/debugger.h"
#include "interp/linker.h"
#include "interp/machine.h"

namespace lztest {

struct DebugProgramOptions {
  bool optimise = false;
};

class DebugProgram {
  // First: the linked code points into the modules.
  std::filesystem::path dir_;
  std::unique_ptr<driver::MadeProgram> made_;

 public:
  // `files`: module file name -> source; the root is Main.hs.
  explicit DebugProgram(const std::map<std::string, std::string>& files, DebugProgramOptions o = {}) {
    driver::useCompilerIdOf(LZ_BUILD_DIR "/lazuli");
    static int counter = 0;
    dir_ = std::filesystem::temp_directory_path() /
           ("lz-debug-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(dir_);
    for (const auto& [name, text] : files) std::ofstream(dir_ / name) << text;
    driver::MakeOptions mo;
    mo.breakpoints = true;
    mo.optimise = o.optimise;
    mo.lint = true;
    mo.outDir = (dir_ / "out").string();
    mo.libraryObjects = LZ_BUILD_DIR "/lib";
    int code = 0;
    made_ = driver::makeProgram((dir_ / "Main.hs").string(), mo, &code);
    REQUIRE(made_ != nullptr);
    driver::registerBreakSites(*made_, registry);
    linker.setBreakRegistry(&registry);
    REQUIRE(linker.link(made_->modules).ok());
    machine.emplace(rt, interp::MachineOptions{});
    debugger.emplace(*machine, registry);
  }
  ~DebugProgram() {
    debugger.reset();
    machine.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }

  interp::Obj* global(const std::string& name) {
    interp::Obj* o = linker.global(name);
    REQUIRE(o != nullptr);
    return o;
  }
  // The site of `module` whose span renders as `span` ("3:12-16").
  uint32_t siteAt(const std::string& module, const std::string& span) {
    bp::ModBreaks* m = registry.find(module);
    REQUIRE(m != nullptr);
    const std::vector<core::BreakSite>* sites = m->sites();
    REQUIRE(sites != nullptr);
    for (uint32_t i = 0; i < sites->size(); ++i)
      if (core::renderSpanNoFile((*sites)[i].span) == span) return i;
    FAIL("no site " << module << " " << span);
    return 0;
  }
  // "Stopped in Main.fact, 5:10-25", as GHCi reports a stop (without the file).
  std::string where() {
    const interp::Stop* s = debugger->stop();
    if (s == nullptr) return "not stopped";
    if (s->kind == interp::Stop::Kind::Exception) return "Stopped in <exception thrown>";
    const core::BreakSite* b = s->site_info();
    if (b == nullptr) return "Stopped at an unknown site";
    return "Stopped in " + b->decl + ", " + core::renderSpanNoFile(b->span);
  }
  static std::string describe(const interp::Stop& s) {
    const core::BreakSite* b = s.site_info();
    return b ? b->decl + " (" + core::renderSpanNoFile(b->span) + ")" : "?";
  }

  bp::Registry registry;
  interp::Runtime rt;
  interp::Linker linker{rt};
  std::optional<interp::Machine> machine;
  std::optional<interp::Debugger> debugger;
};

}  // namespace lztest
