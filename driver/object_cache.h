// Where object files live: the library's, next to the compiler; `lazuli
// build`'s, in its output folder; `lazuli run`'s, in a cache folder. See
// Note [Object locations] in driver/object_cache.cpp.
#pragma once

#include <string>

namespace driver {

// The cache folder ($LAZULI_CACHE, else $XDG_CACHE_HOME/lazuli, else
// ~/.cache/lazuli); empty when there is none (LAZULI_CACHE=off).
std::string cacheRoot();

// What identifies the compiler that wrote an object: the executable's size
// and modification time (a rebuilt lazuli never trusts older objects).
const std::string& compilerId();
// Unit tests compile with the code of lazuli but are another executable:
// they take `executable`'s identity instead, so that its library objects
// are theirs.
void useCompilerIdOf(const std::string& executable);

// The folder of the standard library's objects, compiled when lazuli was
// built: `lib/` next to the executable (LAZULI_LIB_OBJECTS overrides it).
std::string libraryObjectDir();

// Keeps the cache's objects within a size budget ($LAZULI_CACHE_MAX_MB, else
// 256 MiB): when over, the least recently used objects go until the rest
// fit in three quarters of it (Note [Cache eviction] in object_cache.cpp).
void evictCache();

// Marks a cached object as used now (its modification time: the LRU order).
void touchCachedObject(const std::string& path);

// OUT/A/B.lzm for module A.B.
std::string objectPathIn(const std::string& dir, const std::string& module);

// The cache's object for the module in `source` (absolute path) compiled
// with or without cost centres, -O and break sites; empty when there is no cache.
std::string cachedObjectPath(const std::string& source, bool costCentres, bool optimise, bool breakpoints);

}  // namespace driver
