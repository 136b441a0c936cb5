// The renamer's part of an interface: the module's entities (with their
// parents, children and fixities) and its export list.
#include "absl/strings/str_cat.h"
#include "core/renamer.h"

namespace core {

namespace {
std::string indexKey(const std::string& module, bool type, const std::string& name) {
  return absl::StrCat(module, "\n", type ? "t " : "v ", name);
}

bool topLevelKind(EntityKind k) { return k != EntityKind::Local && k != EntityKind::TyVar; }
}  // namespace

void Renamer::index(const Entity* e) {
  index_.emplace(indexKey(e->module, namespaceOf(e->kind) == Namespace::Type, e->name), e);
}

const Entity* Renamer::findEntity(const std::string& module, bool type, const std::string& name) {
  if (builtins_.empty()) makeBuiltins();
  auto it = index_.find(indexKey(module, type, name));
  return it == index_.end() ? nullptr : it->second;
}

void Renamer::writeInterface(const std::string& module, IfaceWriter& w) const {
  const ModIface& iface = ifaces_.at(module);
  w.num(iface.defined.size());
  for (const Entity* e : iface.defined) {
    w.u8(static_cast<uint8_t>(e->kind));
    w.str(e->name);
    w.unhashed([&] { w.span(e->defined); });
    w.flag(e->fixity.has_value());
    if (e->fixity) {
      w.u8(static_cast<uint8_t>(e->fixity->assoc));
      w.num(static_cast<uint64_t>(e->fixity->precedence));
    }
    w.defined(e);
  }
  for (const Entity* e : iface.defined) {
    w.entity(e->parent);
    w.num(e->children.size());
    for (const Entity* c : e->children) w.entity(c);
  }
  w.num(iface.exports.size());
  for (const Entity* e : iface.exports) w.entity(e);
}

bool Renamer::readInterface(const std::string& module, IfaceReader& r) {
  if (builtins_.empty()) makeBuiltins();
  ModIface iface;
  iface.module = module;
  std::vector<Entity*> made;
  size_t n = r.count(4);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    uint8_t kind = r.u8();
    std::string name = r.str();
    SrcSpan at = r.span();
    std::optional<Fixity> fixity;
    if (r.flag()) {
      uint8_t assoc = r.u8();
      uint64_t prec = r.num();
      if (assoc > static_cast<uint8_t>(Decl::Assoc::None) || prec > 9) r.fail("interface has a bad fixity");
      fixity = Fixity{static_cast<Decl::Assoc>(assoc), static_cast<int>(prec)};
    }
    if (kind > static_cast<uint8_t>(EntityKind::Prim) || !topLevelKind(static_cast<EntityKind>(kind)) ||
        name.empty())
      r.fail("interface has a bad entity");
    if (!r.ok()) return false;
    Entity* e = entities_.make(static_cast<EntityKind>(kind), module, std::move(name), at);
    e->fixity = fixity;
    made.push_back(e);
    r.defined(e);
  }
  for (Entity* e : made) {
    e->parent = r.entity();
    size_t k = r.count();
    for (size_t j = 0; j < k && r.ok(); ++j) e->children.push_back(r.entityNonNull());
  }
  size_t k = r.count();
  for (size_t j = 0; j < k && r.ok(); ++j) iface.exports.push_back(r.entityNonNull());
  if (!r.ok()) return false;
  iface.defined.assign(made.begin(), made.end());
  addInterface(std::move(iface));
  return true;
}

}  // namespace core
