// `lazuli build`: compile a program and write its modules' object files.
#include <cstdio>
#include <filesystem>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "bytecode/object_file.h"
#include "driver/exit_codes.h"
#include "driver/front_end.h"
#include "driver/make.h"

namespace driver {

int buildProgram(const std::string& path, const std::vector<std::string>& searchDirs, const BuildOptions& options) {
  int code;
  MakeOptions mopts;
  mopts.searchDirs = searchDirs;
  mopts.costCentres = true;
  mopts.report = true;
  mopts.outDir = options.outDir;
  mopts.optimise = options.optimise;
  mopts.breakpoints = options.breakpoints;
  mopts.dumpCore = options.dumpCore;
  if (mopts.outDir.empty()) mopts.outDir = std::filesystem::path(path).parent_path().string();
  if (mopts.outDir.empty()) mopts.outDir.assign(1, '.');  // (not = ".": a GCC 12 -Wrestrict false positive)
  std::unique_ptr<MadeProgram> made = makeProgram(path, mopts, &code);
  if (!made) return code;
  (void)made.release();  // the process ends here (see runProgram)
  return kExitOk;
}

}  // namespace driver
