#include "core/iface_io.h"

#include "absl/strings/str_cat.h"
#include "core/source_file.h"

namespace core {

// ---- writing ----------------------------------------------------------------------
uint64_t fnv1a(std::string_view bytes, uint64_t h) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

void IfaceWriter::raw(const char* p, size_t n) {
  out_.append(p, n);
  if (hashing_) hash_ = fnv1a(std::string_view(p, n), hash_);
}

void IfaceWriter::u8(uint8_t b) { raw(reinterpret_cast<const char*>(&b), 1); }

void IfaceWriter::num(uint64_t v) {
  char buf[10];
  size_t n = 0;
  do {
    uint8_t b = v & 0x7f;
    v >>= 7;
    buf[n++] = static_cast<char>(v ? b | 0x80 : b);
  } while (v);
  raw(buf, n);
}

void IfaceWriter::str(std::string_view s) {
  num(s.size());
  raw(s.data(), s.size());
}

void IfaceWriter::span(const SrcSpan& s) {
  if (s.file == 0) {
    num(0);
  } else if (auto it = files_.find(s.file); it != files_.end()) {
    num(it->second + 2);
  } else {
    uint64_t k = files_.size();
    files_[s.file] = k;
    num(1);
    str(fileName(s.file));
  }
  num(s.start.line);
  num(s.start.col);
  num(s.end.line);
  num(s.end.col);
}

void IfaceWriter::entity(const Entity* e) {
  if (e == nullptr) {
    num(0);
  } else if (auto it = entities_.find(e); it != entities_.end()) {
    num(it->second + 2);
  } else {
    defined(e);
    num(1);
    str(e->module);
    flag(namespaceOf(e->kind) == Namespace::Type);
    str(e->name);
  }
}

void IfaceWriter::defined(const Entity* e) {
  uint64_t k = entities_.size();
  entities_.emplace(e, k);
}

void IfaceWriter::unhashed(const std::function<void()>& f) {
  bool was = hashing_;
  hashing_ = false;
  f();
  hashing_ = was;
}

// ---- reading ----------------------------------------------------------------------
void IfaceReader::fail(const std::string& why) {
  if (error_.empty()) error_ = why;
  pos_ = data_.size();  // every later read fails too
}

uint8_t IfaceReader::u8() {
  if (pos_ >= data_.size()) {
    fail("interface truncated");
    return 0;
  }
  return static_cast<uint8_t>(data_[pos_++]);
}

uint64_t IfaceReader::num() {
  uint64_t v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    uint8_t b = u8();
    v |= static_cast<uint64_t>(b & 0x7f) << shift;
    if (!(b & 0x80)) return v;
  }
  fail("interface number too long");
  return 0;
}

size_t IfaceReader::count(size_t minBytes) {
  uint64_t n = num();
  if (minBytes == 0) minBytes = 1;
  if (n > (data_.size() - pos_) / minBytes) {
    fail("interface count too large");
    return 0;
  }
  return static_cast<size_t>(n);
}

std::string IfaceReader::str() {
  uint64_t n = num();
  if (n > data_.size() - pos_) {
    fail("interface string runs past the end");
    return {};
  }
  std::string s(data_.substr(pos_, n));
  pos_ += n;
  return s;
}

SrcSpan IfaceReader::span() {
  SrcSpan s;
  uint64_t f = num();
  if (f == 1) {
    std::string name = str();
    if (!ok()) return s;
    files_.push_back(fileIdNamed(name));
    s.file = files_.back();
  } else if (f >= 2) {
    if (f - 2 >= files_.size()) {
      fail("interface names an unknown file");
      return s;
    }
    s.file = files_[f - 2];
  }
  s.start.line = static_cast<uint32_t>(num());
  s.start.col = static_cast<uint32_t>(num());
  s.end.line = static_cast<uint32_t>(num());
  s.end.col = static_cast<uint32_t>(num());
  return s;
}

const Entity* IfaceReader::entity() {
  uint64_t k = num();
  if (k == 0) return nullptr;
  if (k >= 2) {
    if (k - 2 >= entities_.size()) {
      fail("interface refers to an entity it has not named");
      return nullptr;
    }
    return entities_[k - 2];
  }
  std::string module = str();
  bool type = flag();
  std::string name = str();
  if (!ok()) return nullptr;
  const Entity* e = resolve_ ? resolve_(module, type, name) : nullptr;
  if (e == nullptr) {
    fail(absl::StrCat("interface refers to ", module, ".", name, ", which no loaded module defines"));
    return nullptr;
  }
  entities_.push_back(e);
  return e;
}

const Entity* IfaceReader::entityNonNull() {
  const Entity* e = entity();
  if (e == nullptr && ok()) fail("interface has a missing entity reference");
  return e;
}

}  // namespace core
