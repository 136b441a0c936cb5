// The compiled-program cache of `lazuli run`: the object files of a program
// that ran before, reused while nothing it was compiled from has changed.
// See Note [Compiled program cache] in program_cache.cpp.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "bytecode/object_file.h"
#include "driver/front_end.h"

namespace driver {

// What, besides the sources, decides the compiled code.
struct CacheKey {
  std::string program;                  // the root file
  std::vector<std::string> searchDirs;  // -i
  bool costCentres = true;
};

// A program read back from the cache: its modules in link order.
struct CachedProgram {
  bc::DataConRegistry cons;
  std::vector<std::unique_ptr<bc::LoadedObject>> objects;
  std::string root;  // the root module's name
};

// The cached program for `key` when every source file it was compiled from
// is unchanged (and the compiler too); null otherwise, or when there is no
// cache (LAZULI_CACHE=off, or no writable cache folder).
std::unique_ptr<CachedProgram> loadCachedProgram(const CacheKey& key);

// Stores a freshly compiled program for `key`. Failures are silent: the
// cache only ever saves work.
void storeCachedProgram(const CacheKey& key, const Compiled& c);

}  // namespace driver
