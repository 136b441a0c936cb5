// Object files (.lzm): one module's bytecode as an ELF64 file, written with
// libelf and read back from a read-only mapping (DESIGN.md section 5; the
// layout is Note [Object layout on disk] in object_file.cpp).
//
// An object holds the code (BCOs, constants, constructors, cost centres,
// symbols) and, as bytes this file does not interpret, the module's
// interface (.lz.iface: driver/module_object.h).
#pragma once

#include <deque>
#include <functional>
#include <memory>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "bytecode/bco.h"
#include "bytecode/elf_image.h"

namespace bc {

// Writes module `m` to `path` (replacing it). The error names the file.
// `iface` is the .lz.iface section's contents. The file is written under a
// temporary name and renamed, so a reader never sees half an object.
absl::Status writeObject(const BcoModule& m, const std::string& path, std::string_view iface = {});

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
  std::string_view iface;  // the .lz.iface section, in the mapping (empty if none)
};

// Reads an object written by writeObject. Every offset, size, count and
// index is checked before use: a truncated, corrupted or foreign file is
// an error "PATH: bad object file: WHY", never a crash.
absl::StatusOr<std::unique_ptr<LoadedObject>> readObject(const std::string& path, DataConRegistry& cons);

// The debug information of BCO `bco` of an object, read from its debug
// sections only now (Note [Debug sections] in object_file.cpp); an error
// when they are missing or malformed.
absl::StatusOr<BcoDebug> readBcoDebug(const LoadedObject& obj, uint32_t bco);
// The module's break-site table (.lz.breaks), read only now; empty for a
// module compiled without break sites.
absl::StatusOr<std::vector<BreakSite>> readBreakSites(const LoadedObject& obj);
// Only an object's interface section, mapped (no code is read or checked):
// what deciding whether a module is up to date needs.
struct ObjectInterface {
  ElfImage image;
  std::string_view bytes;
};
absl::StatusOr<std::unique_ptr<ObjectInterface>> readObjectInterface(const std::string& path);
// `lazuli objdump`: sections and segments, symbols, constructors, cost
// centres, then the bytecode as `lazuli dump bytecode` prints it.
// `describeIface` renders the .lz.iface section (printed before the bytecode).
absl::StatusOr<std::string> describeObject(const std::string& path,
                                           const std::function<std::string(std::string_view)>& describeIface = {});

}  // namespace bc
