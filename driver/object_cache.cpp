#include "driver/object_cache.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <vector>

#include <cstdlib>
#include <filesystem>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_replace.h"
#include "driver/module_interface.h"

namespace driver {

// Note [Object locations]
// ~~~~~~~~~~~~~~~~~~~~~~~
// Every module compiles to one object (bytecode/object_file.h) whose
// interface section records the source's hash and what it was compiled
// against (driver/module_interface.h); an object is used whenever those
// still hold, wherever it is:
//  - the standard library's objects are compiled when lazuli is built, into
//    lib/ next to the executable, so no run compiles the Prelude;
//  - `lazuli build` writes the program's modules into its output folder
//    (-o DIR, else the root file's folder) as OUT/A/B.lzm;
//  - `lazuli run` keeps the objects it compiles in the cache folder, one
//    file per source file and setting: CACHE/objects/HASH.lzm, HASH being
//    of the source's absolute path (HASH-noccs.lzm without cost centres,
//    HASH-O.lzm with -O, HASH-b.lzm with break sites). A library module whose prebuilt object is stale
//    (its source was edited) is cached the same way.
// Objects are written under a temporary name and renamed into place, so
// concurrent runs see an old object or a new one.

// Note [Cache eviction]
// ~~~~~~~~~~~~~~~~~~~~~
// The cache holds one object per source file and setting ever run, so it
// is kept within a budget: 256 MiB, or $LAZULI_CACHE_MAX_MB. A run that
// loads a cached object sets its modification time to now, so the times
// order the objects by last use; a run that wrote objects checks the total
// and, when over the budget, removes the least recently used until the rest
// fit in three quarters of it (so that the next runs do not evict again at
// once). A run that still maps a removed object keeps it (the file is only
// unlinked); a later run recompiles it.

std::string cacheRoot() {
  if (const char* e = std::getenv("LAZULI_CACHE"); e && *e) return std::string(e) == "off" ? "" : e;
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return absl::StrCat(x, "/lazuli");
  if (const char* h = std::getenv("HOME"); h && *h) return absl::StrCat(h, "/.cache/lazuli");
  return "";
}

namespace {
std::string idOf(const char* exe) {
  struct stat st;
  if (stat(exe, &st) != 0) return std::string("unknown");
  return absl::StrCat(st.st_size, ".", st.st_mtim.tv_sec, ".", st.st_mtim.tv_nsec);
}
std::string& compilerIdSlot() {
  static std::string id = idOf("/proc/self/exe");
  return id;
}
}  // namespace

const std::string& compilerId() { return compilerIdSlot(); }

void useCompilerIdOf(const std::string& executable) { compilerIdSlot() = idOf(executable.c_str()); }

void touchCachedObject(const std::string& path) {
  ::utimensat(AT_FDCWD, path.c_str(), nullptr, 0);  // failures only cost LRU accuracy
}

void evictCache() {
  std::string root = cacheRoot();
  if (root.empty()) return;
  uint64_t budget = uint64_t{256} << 20;
  if (const char* e = std::getenv("LAZULI_CACHE_MAX_MB"); e && *e) budget = std::strtoull(e, nullptr, 10) << 20;
  struct Entry {
    std::filesystem::file_time_type used;
    uint64_t size;
    std::filesystem::path path;
  };
  std::vector<Entry> entries;
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& f : std::filesystem::directory_iterator(root + "/objects", ec)) {
    std::error_code fe;
    if (!f.is_regular_file(fe) || f.path().extension() != ".lzm") continue;
    Entry e{f.last_write_time(fe), f.file_size(fe), f.path()};
    if (fe) continue;
    total += e.size;
    entries.push_back(std::move(e));
  }
  if (total <= budget) return;
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.used < b.used; });
  for (const Entry& e : entries) {
    if (total <= budget / 4 * 3) break;
    std::error_code re;
    if (std::filesystem::remove(e.path, re)) total -= e.size;
  }
}

std::string libraryObjectDir() {
  if (const char* e = std::getenv("LAZULI_LIB_OBJECTS"); e && *e) return e;
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  return (exe.parent_path() / "lib").string();
}

std::string objectPathIn(const std::string& dir, const std::string& module) {
  return (std::filesystem::path(dir) / (absl::StrReplaceAll(module, {{".", "/"}}) + ".lzm")).string();
}

std::string cachedObjectPath(const std::string& source, bool costCentres, bool optimise, bool breakpoints) {
  std::string root = cacheRoot();
  if (root.empty()) return "";
  return absl::StrFormat("%s/objects/%016x%s%s%s.lzm", root, fnv1a(source), costCentres ? "" : "-noccs",
                         optimise ? "-O" : "", breakpoints ? "-b" : "");
}

}  // namespace driver
