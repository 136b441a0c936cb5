// The .lz.iface section of an object: a header that says what the object
// was compiled from and against (for recompilation avoidance), then the
// interface body the compiler's phases wrote (core/iface_io.h). See Note
// [Interface fingerprint] in driver/module_interface.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "core/iface_io.h"

namespace driver {

struct InterfaceHeader {
  std::string module;
  uint64_t sourceHash = 0;        // FNV-1a of the source file's bytes
  std::string compiler;           // the compiler that wrote it (driver/object_cache.h)
  bool costCentres = false;       // compiled with cost-centre ticks
  bool optimise = false;          // compiled with -O
  bool breakpoints = false;       // compiled with break sites
  std::vector<std::string> imports;  // direct imports, implicit Prelude included
  // Every module whose interface was loaded to compile this one, with the
  // fingerprint it had then.
  std::vector<std::pair<std::string, uint64_t>> usages;
  uint64_t fingerprint = 0;       // over what importers depend on
};

// Header then body (the body's checksum guards against damage that the
// fingerprint, which skips some bytes, would not see).
std::string encodeInterface(const InterfaceHeader& h, std::string_view body);

struct DecodedInterface {
  InterfaceHeader header;
  std::string_view body;  // a view into the bytes given
};
// An error says why the bytes are not an interface of this version.
absl::StatusOr<DecodedInterface> decodeInterface(std::string_view bytes);

// `lazuli objdump`'s view of an interface: the header, then the module's
// entities (kind, name, fixity, where defined) and its exports; the other
// phases' parts are counted in bytes.
std::string describeInterface(std::string_view bytes);

using core::fnv1a;  // (core/iface_io.h)

}  // namespace driver
