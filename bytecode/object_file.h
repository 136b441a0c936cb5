// Object files (.lzm): one module's bytecode as an ELF64 file, written with
// libelf and read back from a read-only mapping (DESIGN.md section 5; the
// layout is Note [Object layout on disk] in object_file.cpp).
//
// This is the code half of an object: BCOs, constants, constructors, cost
// centres and symbols. The interface half (.lz.iface: types, classes,
// instances, unfoldings) comes with separate compilation.
#pragma once

#include <deque>
#include <memory>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "bytecode/bco.h"
#include "bytecode/elf_image.h"

namespace bc {

// Writes module `m` to `path` (replacing it). The error names the file.
absl::Status writeObject(const BcoModule& m, const std::string& path);

// Constructors are shared by pointer across modules (the linker keys its
// infos by DataCon*), so objects read into one program resolve their
// constructors through one registry: (module, name) -> the one DataCon.
class DataConRegistry {
 public:
  // The registered constructor, or `c` registered now. Null when an
  // existing entry disagrees with `c` (tag or arity): a stale object.
  const DataCon* intern(const DataCon& c);
  const DataCon* find(const std::string& module, const std::string& name) const;
  void add(const DataCon* c);  // one the compiler made (it must outlive the registry)

 private:
  absl::flat_hash_map<std::string, const DataCon*> byName_;
  std::deque<DataCon> owned_;
};

// A module read from an object file. The mapping stays open for as long as
// the module is used: sections that are never read are never paged in.
struct LoadedObject {
  ElfImage image;
  BcoModule module;
};

// Reads an object written by writeObject. Every offset, size, count and
// index is checked before use: a truncated, corrupted or foreign file is
// an error "PATH: bad object file: WHY", never a crash.
absl::StatusOr<std::unique_ptr<LoadedObject>> readObject(const std::string& path, DataConRegistry& cons);

// `lazuli objdump`: sections and segments, symbols, constructors, cost
// centres, then the bytecode as `lazuli dump bytecode` prints it.
absl::StatusOr<std::string> describeObject(const std::string& path);

}  // namespace bc
