#include "breakpoints/registry.h"

#include <algorithm>

#include "absl/strings/str_cat.h"

namespace bp {

const std::vector<core::BreakSite>* ModBreaks::sites() {
  if (!loaded_) {
    loaded_ = true;
    absl::StatusOr<std::vector<core::BreakSite>> s =
        load_ ? load_() : absl::StatusOr<std::vector<core::BreakSite>>(std::vector<core::BreakSite>{});
    if (!s.ok()) {
      error_ = std::string(s.status().message());
    } else if (s->size() != array_.size()) {
      error_ = absl::StrCat("module ", module_, ": the break-site table has ", s->size(), " sites, the code ",
                            array_.size());
    } else {
      sites_ = std::move(*s);
    }
  }
  return error_.empty() ? &sites_ : nullptr;
}

ModBreaks* Registry::add(const std::string& module, size_t sites, ModBreaks::Loader load) {
  auto it = modules_.find(module);
  if (it != modules_.end() && it->second->size() == sites) {
    it->second->reload(std::move(load));  // the same breakpoints stay set
    return it->second.get();
  }
  if (it != modules_.end()) retired_.push_back(std::move(it->second));
  auto& slot = modules_[module];
  slot = std::make_unique<ModBreaks>(module, sites, std::move(load));
  return slot.get();
}

ModBreaks* Registry::find(const std::string& module) const {
  auto it = modules_.find(module);
  return it == modules_.end() ? nullptr : it->second.get();
}

std::vector<ModBreaks*> Registry::all() const {
  std::vector<ModBreaks*> out;
  for (const auto& [name, m] : modules_) out.push_back(m.get());
  std::sort(out.begin(), out.end(), [](const ModBreaks* a, const ModBreaks* b) { return a->module() < b->module(); });
  return out;
}

}  // namespace bp
