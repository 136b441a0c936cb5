#include "bytecode/address_map.h"

#include <algorithm>
#include <functional>

#include "absl/strings/str_format.h"

namespace bc {

void AddressMap::add(const BcoModule& m, const LoadedObject* object) {
  for (uint32_t i = 0; i < m.bcos.size(); ++i) {
    const CodeWords& code = m.bcos[i].code;
    if (code.empty()) continue;
    ranges_.push_back(Range{code.data(), code.data() + code.size(), &m, object, i});
  }
  sorted_ = false;
}

void AddressMap::sort() const {
  if (sorted_) return;
  std::sort(ranges_.begin(), ranges_.end(), [](const Range& a, const Range& b) {
    return std::less<const uint32_t*>()(a.start, b.start);
  });
  sorted_ = true;
}

const AddressMap::Range* AddressMap::find(const uint32_t* pc) const {
  sort();
  // The last range starting at or before pc.
  auto it = std::upper_bound(ranges_.begin(), ranges_.end(), pc, [](const uint32_t* p, const Range& r) {
    return std::less<const uint32_t*>()(p, r.start);
  });
  if (it == ranges_.begin()) return nullptr;
  --it;
  return std::less<const uint32_t*>()(pc, it->end) ? &*it : nullptr;
}

std::optional<AddressMap::Location> AddressMap::locate(const uint32_t* pc) const {
  const Range* r = find(pc);
  if (r == nullptr) return std::nullopt;
  return Location{r->module, r->bco, static_cast<uint32_t>(pc - r->start)};
}

absl::StatusOr<AddressMap::Procedure> AddressMap::describe(const uint32_t* pc) {
  const Range* r = find(pc);
  if (r == nullptr) return absl::NotFoundError(absl::StrFormat("no bytecode at %p", static_cast<const void*>(pc)));
  std::optional<Location> loc = Location{r->module, r->bco, static_cast<uint32_t>(pc - r->start)};
  const Bco& b = loc->module->bcos[loc->bco];
  const BcoDebug* d = &b.debug;
  if (b.debug.lines.empty() && b.debug.locals.empty()) {  // not in memory: the object's, read once
    auto key = std::make_pair(loc->module, loc->bco);
    auto it = cache_.find(key);
    if (it == cache_.end()) {
      if (r->object != nullptr) {
        absl::StatusOr<BcoDebug> read = readBcoDebug(*r->object, loc->bco);
        if (!read.ok()) return read.status();
        ++read_;
        it = cache_.emplace(key, std::move(*read)).first;
      }
    }
    if (it != cache_.end()) d = &it->second;
  }
  Procedure p;
  p.name = b.name;
  p.span = d->span;
  p.arity = b.arity;
  p.args = d->params;
  p.at = d->spanAt(loc->offset);
  for (const LocalVar* v : d->liveAt(loc->offset)) p.live.push_back(*v);
  return p;
}

}  // namespace bc
