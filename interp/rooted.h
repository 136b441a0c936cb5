// A growable array of heap pointers that the collector sees: what C++ code
// keeps across evaluations (the debugger's captured values and history)
// must be in scanned memory, and std::vector's is not. The storage is
// GC_MALLOC_UNCOLLECTABLE: scanned, never collected, freed here.
#pragma once

#include <cstddef>
#include <utility>

#include "interp/object.h"

namespace interp {

class RootedObjs {
 public:
  RootedObjs() = default;
  RootedObjs(const Word* words, size_t n);
  RootedObjs(const RootedObjs& o) : RootedObjs(reinterpret_cast<const Word*>(o.data_), o.size_) {}
  RootedObjs(RootedObjs&& o) noexcept : data_(o.data_), size_(o.size_), cap_(o.cap_) {
    o.data_ = nullptr;
    o.size_ = o.cap_ = 0;
  }
  RootedObjs& operator=(RootedObjs o) noexcept {
    std::swap(data_, o.data_);
    std::swap(size_, o.size_);
    std::swap(cap_, o.cap_);
    return *this;
  }
  ~RootedObjs();

  void push_back(Obj* o);
  // Becomes a copy of `words` (objects), reusing its storage.
  void assign(const Word* words, size_t n);
  void clear() {
    for (size_t i = 0; i < size_; ++i) data_[i] = nullptr;  // no longer roots
    size_ = 0;
  }
  Obj* pop_back() {
    Obj* o = data_[--size_];
    data_[size_] = nullptr;  // no longer a root
    return o;
  }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  Obj* operator[](size_t i) const { return data_[i]; }
  Obj*& operator[](size_t i) { return data_[i]; }

 private:
  void reserve(size_t n);
  Obj** data_ = nullptr;
  size_t size_ = 0;
  size_t cap_ = 0;
};

}  // namespace interp
