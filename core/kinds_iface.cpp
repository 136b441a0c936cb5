// The kind checker's part of an interface: the kind of every type
// constructor and class a module defines (a class: its parameter's kind).
#include "core/kinds.h"

namespace core {

namespace {
constexpr int kMaxKindDepth = 64;

void writeKind(const Kind* k, IfaceWriter& w) {
  k = KindArena::zonk(k);
  if (k == nullptr || k->tag != Kind::Tag::Arrow) {
    w.u8(0);  // *, and an unknown defaults to * (report 4.6)
    return;
  }
  w.u8(1);
  writeKind(k->from, w);
  writeKind(k->to, w);
}

const Kind* readKind(KindArena& K, IfaceReader& r, int depth) {
  uint8_t tag = r.u8();
  if (tag == 0) return K.star();
  if (tag != 1 || depth > kMaxKindDepth) {
    r.fail("interface has a bad kind");
    return K.star();
  }
  const Kind* from = readKind(K, r, depth + 1);
  const Kind* to = readKind(K, r, depth + 1);
  return K.arrow(from, to);
}
}  // namespace

void KindChecker::writeInterface(const std::vector<const Entity*>& defined, IfaceWriter& w) const {
  std::vector<const Entity*> typed;
  for (const Entity* e : defined)
    if (kinds_.contains(e)) typed.push_back(e);
  w.num(typed.size());
  for (const Entity* e : typed) {
    w.entity(e);
    writeKind(kinds_.at(e), w);
  }
}

bool KindChecker::readInterface(IfaceReader& r) {
  size_t n = r.count(2);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    const Entity* e = r.entityNonNull();
    const Kind* k = readKind(K, r, 0);
    if (e) kinds_[e] = k;
  }
  return r.ok();
}

}  // namespace core
