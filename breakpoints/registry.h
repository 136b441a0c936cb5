// The registry of ModBreaks: every loaded module compiled with break sites,
// found by module name (DESIGN.md section 4, "Breakpoints"). BRK_FUN's
// module table is bound to these entries by name when code is linked
// (interp/linker.h), so code inlined from A into Main consults A's entry.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "breakpoints/break_array.h"
#include "core/core_syntax.h"

namespace bp {

// A module's breakpoint information: its break array (always in memory)
// and its site table (spans, declarations, captured variables), read on
// first use: for a loaded object it lives in the .lz.breaks section, which
// running never touches (Note [Debug sections] in bytecode/object_file.cpp).
class ModBreaks {
 public:
  using Loader = std::function<absl::StatusOr<std::vector<core::BreakSite>>()>;
  ModBreaks(std::string module, size_t sites, Loader load)
      : module_(std::move(module)), array_(sites), load_(std::move(load)) {}

  const std::string& module() const { return module_; }
  BreakArray& array() { return array_; }
  const BreakArray& array() const { return array_; }
  size_t size() const { return array_.size(); }

  // The site table; null (with error() set) when it cannot be read or does
  // not have one entry per site.
  const std::vector<core::BreakSite>* sites();
  const core::BreakSite* site(size_t i) {
    const std::vector<core::BreakSite>* s = sites();
    return s && i < s->size() ? &(*s)[i] : nullptr;
  }
  const std::string& error() const { return error_; }
  // A new table for the same number of sites (the module was reloaded).
  void reload(Loader load) {
    load_ = std::move(load);
    loaded_ = false;
    sites_.clear();
    error_.clear();
  }

 private:
  std::string module_;
  BreakArray array_;
  Loader load_;
  bool loaded_ = false;
  std::vector<core::BreakSite> sites_;
  std::string error_;
};

class Registry {
 public:
  // Registers `module` with `sites` break sites. A module registered again
  // (reloaded) keeps its entry, and so its breakpoints' state, when it has
  // the same number of sites; otherwise the entry is replaced and every
  // site is disabled. Entries never move: code holds pointers to them.
  ModBreaks* add(const std::string& module, size_t sites, ModBreaks::Loader load);
  ModBreaks* find(const std::string& module) const;
  std::vector<ModBreaks*> all() const;  // sorted by module name

 private:
  absl::flat_hash_map<std::string, std::unique_ptr<ModBreaks>> modules_;
  std::vector<std::unique_ptr<ModBreaks>> retired_;  // replaced entries old code may still name
};

}  // namespace bp
