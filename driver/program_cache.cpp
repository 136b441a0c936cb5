#include "driver/program_cache.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

namespace driver {

// Note [Compiled program cache]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// Until modules are compiled separately against interface files, every
// `lazuli run` compiles its whole program, the standard library included:
// most of a short program's time and memory. So `run` keeps what it
// compiled: the object file (bytecode/object_file.h) of every module the
// program uses, pruned to what main can reach, in a cache entry per program
// and options. An entry's manifest names:
//   - the key: the program's absolute path, the -i folders, the cost-centre
//     switch and the compiler itself (the executable's size and mtime), so
//     a rebuilt lazuli never reuses old code;
//   - every source file the program was compiled from, with its size and a
//     hash of its contents (FNV-1a, 64 bits);
//   - the objects, in link order, each with a hash of its bytes (a damaged
//     file is never run: the bytecode verifier cannot tell a changed
//     literal from the original), and the root module.
// A later run with the same key re-reads and hashes those sources (no
// parsing) and, when all are unchanged, maps and links the objects instead
// of compiling: any change anywhere (a new import is a change of the
// importing file) recompiles the whole program, correct if not minimal.
// Anything unexpected (a missing or corrupted object, a bad manifest, an
// object the verifier rejects) falls back to compiling. Entries are written
// with per-process file names and the manifest is renamed into place last,
// so concurrent runs never see half an entry. The cache lives in
// $LAZULI_CACHE, else $XDG_CACHE_HOME/lazuli, else ~/.cache/lazuli;
// LAZULI_CACHE=off turns it off.
namespace {

constexpr const char* kManifestMagic = "lazuli-program-cache 1";

uint64_t fnv1a(std::string_view bytes, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string cacheRoot() {
  if (const char* e = std::getenv("LAZULI_CACHE"); e && *e) return std::string(e) == "off" ? "" : e;
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return absl::StrCat(x, "/lazuli");
  if (const char* h = std::getenv("HOME"); h && *h) return absl::StrCat(h, "/.cache/lazuli");
  return "";
}

std::string compilerId() {
  struct stat st;
  if (stat("/proc/self/exe", &st) != 0) return "unknown";
  return absl::StrCat(st.st_size, ".", st.st_mtim.tv_sec, ".", st.st_mtim.tv_nsec);
}

std::string keyText(const CacheKey& k) {
  std::error_code ec;
  std::string program = std::filesystem::absolute(k.program, ec).lexically_normal().string();
  std::vector<std::string> dirs;
  for (const std::string& d : k.searchDirs) dirs.push_back(std::filesystem::absolute(d, ec).lexically_normal().string());
  return absl::StrCat(program, "|", absl::StrJoin(dirs, ":"), "|ccs=", k.costCentres ? 1 : 0, "|", compilerId(),
                      "|", libraryDir());
}

std::string entryDir(const std::string& root, const std::string& key) {
  return absl::StrFormat("%s/%016x", root, fnv1a(key));
}

bool readFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  *out = s.str();
  return true;
}

std::string sourceLine(const std::string& path, const std::string& text) {
  return absl::StrFormat("source %016x %d %s", fnv1a(text), text.size(), path);
}

}  // namespace

std::unique_ptr<CachedProgram> loadCachedProgram(const CacheKey& key) {
  std::string root = cacheRoot();
  if (root.empty()) return nullptr;
  std::string k = keyText(key);
  std::string dir = entryDir(root, k);
  std::string manifest;
  if (!readFile(dir + "/manifest", &manifest)) return nullptr;
  std::vector<std::string> lines = absl::StrSplit(manifest, '\n', absl::SkipEmpty());
  if (lines.size() < 3 || lines[0] != kManifestMagic || lines[1] != "key " + k) return nullptr;
  auto out = std::make_unique<CachedProgram>();
  for (size_t i = 2; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    if (l.rfind("source ", 0) == 0) {
      // "source HASH SIZE PATH": the file must still read the same.
      std::vector<std::string> f = absl::StrSplit(l, absl::MaxSplits(' ', 3));
      std::string text;
      if (f.size() != 4 || !readFile(f[3], &text) || sourceLine(f[3], text) != l) return nullptr;
    } else if (l.rfind("object ", 0) == 0) {
      // "object HASH NAME"
      std::vector<std::string> f = absl::StrSplit(l, absl::MaxSplits(' ', 2));
      if (f.size() != 3) return nullptr;
      absl::StatusOr<std::unique_ptr<bc::LoadedObject>> obj = bc::readObject(dir + "/" + f[2], out->cons);
      if (!obj.ok()) return nullptr;
      const bc::ElfImage& img = (*obj)->image;
      std::string_view bytes(reinterpret_cast<const char*>(img.base()), img.size());
      if (absl::StrFormat("%016x", fnv1a(bytes)) != f[1]) return nullptr;
      out->objects.push_back(std::move(*obj));
    } else if (l.rfind("root ", 0) == 0) {
      out->root = l.substr(5);
    } else {
      return nullptr;
    }
  }
  if (out->root.empty() || out->objects.empty()) return nullptr;
  return out;
}

void storeCachedProgram(const CacheKey& key, const Compiled& c) {
  std::string root = cacheRoot();
  if (root.empty()) return;
  std::string k = keyText(key);
  std::string dir = entryDir(root, k);
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return;
  std::string manifest = absl::StrCat(kManifestMagic, "\nkey ", k, "\n");
  for (const std::string& file : c.sourceFiles) {
    std::string path = std::filesystem::absolute(file, ec).lexically_normal().string();
    std::string text;
    if (!readFile(path, &text)) return;
    absl::StrAppend(&manifest, sourceLine(path, text), "\n");
  }
  std::string tag = absl::StrCat(getpid());
  std::vector<std::string> written;
  for (size_t i = 0; i < c.bytecode.size(); ++i) {
    std::string name = absl::StrCat(c.bytecode[i].name, ".", tag, ".lzm");
    std::string bytes;
    if (!bc::writeObject(c.bytecode[i], dir + "/" + name).ok() || !readFile(dir + "/" + name, &bytes)) return;
    written.push_back(name);
    absl::StrAppend(&manifest, absl::StrFormat("object %016x ", fnv1a(bytes)), name, "\n");
    if (c.isRoot[i]) absl::StrAppend(&manifest, "root ", c.bytecode[i].name, "\n");
  }
  std::string tmp = absl::StrCat(dir, "/manifest.", tag);
  {
    std::ofstream out(tmp, std::ios::binary);
    out << manifest;
    if (!out) return;
  }
  if (std::rename(tmp.c_str(), (dir + "/manifest").c_str()) != 0) return;
  // Objects of earlier entries for this key are no longer named: remove them
  // (a run still reading one keeps its mapping).
  for (const auto& f : std::filesystem::directory_iterator(dir, ec)) {
    std::string n = f.path().filename().string();
    if (n != "manifest" && std::find(written.begin(), written.end(), n) == written.end() &&
        n.rfind("manifest.", 0) != 0)
      std::filesystem::remove(f.path(), ec);
  }
}

}  // namespace driver
