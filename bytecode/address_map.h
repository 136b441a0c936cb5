// From a bytecode address to what is there: the module, the BCO and the
// offset, by bisection over every BCO's code range sorted by address; then
// the procedure's name, span, arity, argument names, the source span of
// the instruction and the locals live there. Debug information comes from
// the BCO itself (compiled in this run) or from its object's debug
// sections, read on first use only (Note [Debug sections] in
// bytecode/object_file.cpp). Backtraces through native code and the
// debugger ask it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "bytecode/bco.h"
#include "bytecode/object_file.h"

namespace bc {

class AddressMap {
 public:
  // Registers every BCO of `m`; `object` is the object it was read from
  // (null for a module compiled in this run). Both must outlive the map.
  void add(const BcoModule& m, const LoadedObject* object = nullptr);

  struct Location {
    const BcoModule* module = nullptr;
    uint32_t bco = 0;
    uint32_t offset = 0;  // in code words
  };
  // Where `pc` is, or nothing when it is in no registered BCO.
  std::optional<Location> locate(const uint32_t* pc) const;

  struct Procedure {
    std::string name;                 // "Main.total.go"
    core::SrcSpan span;               // the closure's source
    uint32_t arity = 0;
    std::vector<std::string> args;    // parameter names
    core::SrcSpan at;                 // the source of the code at the address
    std::vector<LocalVar> live;       // locals live there
  };
  // What is at `pc`; an error when it is nowhere or the debug sections are
  // damaged.
  absl::StatusOr<Procedure> describe(const uint32_t* pc);

  // How many BCOs' debug records were read from objects so far.
  size_t debugRecordsRead() const { return read_; }

 private:
  struct Range {
    const uint32_t* start;
    const uint32_t* end;
    const BcoModule* module;
    const LoadedObject* object;
    uint32_t bco;
  };
  void sort() const;
  const Range* find(const uint32_t* pc) const;
  mutable std::vector<Range> ranges_;
  mutable bool sorted_ = true;
  absl::flat_hash_map<std::pair<const BcoModule*, uint32_t>, BcoDebug> cache_;
  size_t read_ = 0;
};

}  // namespace bc
