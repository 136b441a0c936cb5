// The byte encoding of interfaces (.lz.iface): a writer and a bounds-checked
// reader for the primitive pieces every compiler phase writes its part of a
// module's interface with. See Note [Interface encoding].
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "core/entity.h"
#include "core/source_span.h"

namespace core {

// Note [Interface encoding]
// ~~~~~~~~~~~~~~~~~~~~~~~~~
// An interface is a flat byte string: unsigned LEB128 numbers, strings as
// a length then bytes. Each phase (renamer, kind checker, type checker,
// desugarer) writes its part in turn and reads it back in the same order.
// Two kinds of value are interned on first use, so the common case is one
// small number:
//  - a file name (of a span): 0 = no file, 1 = a new name follows (it gets
//    the next index), k+2 = the k-th name seen;
//  - an entity reference: 0 = none, 1 = a new key follows (defining module,
//    namespace, name: enough to find it, since a module's top-level names
//    are unique per namespace), k+2 = the k-th entity seen.
// The reader checks every length against what is left and every count
// against the bytes left, so a corrupted interface is an error, never a
// crash or a huge allocation.
//
// The fingerprint (Note [Interface fingerprint]) hashes every byte written
// except those written through `unhashed` (where a declaration is in its
// file: importers do not depend on it).

// FNV-1a, 64 bits: the fingerprint's hash, and the driver's source and
// interface-body hashes. `h` continues an earlier hash.
uint64_t fnv1a(std::string_view bytes, uint64_t h = 14695981039346656037ull);

class IfaceWriter {
 public:
  void u8(uint8_t b);
  void num(uint64_t v);
  void str(std::string_view s);
  void flag(bool b) { u8(b ? 1 : 0); }
  void span(const SrcSpan& s);
  void entity(const Entity* e);
  // Interns an entity the writing phase is defining now (written out by
  // that phase, field by field): later references to it are short. The
  // reader registers it with IfaceReader::defined at the same point.
  void defined(const Entity* e);
  // Runs `f` with hashing off: its bytes do not count for the fingerprint.
  void unhashed(const std::function<void()>& f);
  const std::string& bytes() const { return out_; }
  uint64_t fingerprint() const { return hash_; }

 private:
  void raw(const char* p, size_t n);
  std::string out_;
  uint64_t hash_ = fnv1a({});
  bool hashing_ = true;
  absl::flat_hash_map<FileId, uint64_t> files_;
  absl::flat_hash_map<const Entity*, uint64_t> entities_;
};

class IfaceReader {
 public:
  // Finds an entity by key; null when there is none (the reader fails).
  // Without one, bytes that name entities are malformed.
  using Resolver = std::function<const Entity*(const std::string& module, bool type, const std::string& name)>;
  explicit IfaceReader(std::string_view data, Resolver resolve = {}) : data_(data), resolve_(std::move(resolve)) {}

  uint8_t u8();
  uint64_t num();
  // A count of items that each take at least `minBytes`: fails when the
  // bytes left could not hold them.
  size_t count(size_t minBytes = 1);
  std::string str();
  bool flag() { return u8() != 0; }
  SrcSpan span();
  const Entity* entity();
  // An entity reference that must not be null.
  const Entity* entityNonNull();
  // Registers an entity made by the reading phase, as if it had been read
  // as a new key (the writer's first `entity(e)` for a definition).
  void defined(const Entity* e) { entities_.push_back(e); }

  bool ok() const { return error_.empty(); }
  bool atEnd() const { return pos_ == data_.size(); }
  size_t position() const { return pos_; }
  const std::string& error() const { return error_; }
  void fail(const std::string& why);

 private:
  std::string_view data_;
  size_t pos_ = 0;
  Resolver resolve_;
  std::string error_;
  std::vector<FileId> files_;
  std::vector<const Entity*> entities_;
};

}  // namespace core
