#include "interp/rooted.h"

#include <gc/gc.h>

#include <cstring>

#include "interp/runtime.h"

namespace interp {

RootedObjs::RootedObjs(const Word* words, size_t n) { assign(words, n); }

RootedObjs::~RootedObjs() {
  if (data_) GC_FREE(data_);
}

void RootedObjs::reserve(size_t n) {
  if (n <= cap_) return;
  size_t cap = cap_ ? cap_ * 2 : 4;
  while (cap < n) cap *= 2;
  auto* fresh = static_cast<Obj**>(GC_MALLOC_UNCOLLECTABLE(cap * sizeof(Obj*)));
  if (!fresh) throw HeapExhausted{};
  if (size_) std::memcpy(fresh, data_, size_ * sizeof(Obj*));
  if (data_) GC_FREE(data_);
  data_ = fresh;
  cap_ = cap;
}

void RootedObjs::assign(const Word* words, size_t n) {
  if (n > cap_) {
    size_ = 0;
    reserve(n);
  }
  for (size_t i = 0; i < n; ++i) data_[i] = asObj(words[i]);
  for (size_t i = n; i < size_; ++i) data_[i] = nullptr;  // no longer roots
  size_ = n;
}

void RootedObjs::push_back(Obj* o) {
  reserve(size_ + 1);
  data_[size_++] = o;
}

}  // namespace interp
