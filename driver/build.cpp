// `lazuli build`: compile a program and write its modules' object files.
#include <cstdio>
#include <filesystem>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "bytecode/object_file.h"
#include "driver/exit_codes.h"
#include "driver/front_end.h"

namespace driver {

int buildProgram(const std::string& path, const std::vector<std::string>& searchDirs, const std::string& outDir) {
  int code;
  CompileOptions copts;
  copts.costCentres = true;
  std::unique_ptr<Compiled> c = compileProgram(path, searchDirs, copts, &code);
  if (!c) return code;
  std::string dir = outDir;
  if (dir.empty()) dir = std::filesystem::path(path).parent_path().string();
  if (dir.empty()) dir = ".";
  std::vector<size_t> own;
  for (size_t i = 0; i < c->bytecode.size(); ++i)
    if (!c->isLibrary[i]) own.push_back(i);
  for (size_t k = 0; k < own.size(); ++k) {
    const bc::BcoModule& m = c->bytecode[own[k]];
    std::filesystem::path out = std::filesystem::path(dir) / (absl::StrReplaceAll(m.name, {{".", "/"}}) + ".lzm");
    std::error_code ec;
    std::filesystem::create_directories(out.parent_path(), ec);
    std::printf("[%zu of %zu] Compiling %-16s ( %s, %s )\n", k + 1, own.size(), m.name.c_str(),
                c->sourceFiles[own[k]].c_str(), out.string().c_str());
    std::fflush(stdout);
    absl::Status st = bc::writeObject(m, out.string());
    if (!st.ok()) {
      std::fprintf(stderr, "lazuli: %s\n", std::string(st.message()).c_str());
      return kExitUsage;
    }
  }
  (void)c.release();  // the process ends here (see runProgram)
  return kExitOk;
}

}  // namespace driver
