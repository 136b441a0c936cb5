// A BCO's code words: owned (the generator appends to them) or a view of
// an object file's mapping (the loader points at the words in place, Note
// [Code in the mapping] in bytecode/object_file.cpp). Reads are the same
// either way; writes are for owned words only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

namespace bc {

class CodeWords {
 public:
  CodeWords() = default;
  CodeWords(std::initializer_list<uint32_t> ws) : own_(ws) {}

  // Owned words (a view is first copied into owned words).
  void push_back(uint32_t w) { owned().push_back(w); }
  void resize(size_t n) { owned().resize(n); }
  uint32_t& operator[](size_t i) { return owned()[i]; }

  // Refers to `n` words at `p`, which must outlive this (a mapping).
  void view(const uint32_t* p, size_t n) {
    own_.clear();
    view_ = p;
    size_ = n;
  }
  bool isView() const { return view_ != nullptr; }

  const uint32_t* data() const { return view_ ? view_ : own_.data(); }
  size_t size() const { return view_ ? size_ : own_.size(); }
  bool empty() const { return size() == 0; }
  uint32_t operator[](size_t i) const { return data()[i]; }
  const uint32_t* begin() const { return data(); }
  const uint32_t* end() const { return data() + size(); }

 private:
  std::vector<uint32_t>& owned() {
    if (view_) {
      own_.assign(view_, view_ + size_);
      view_ = nullptr;
      size_ = 0;
    }
    return own_;
  }
  std::vector<uint32_t> own_;
  const uint32_t* view_ = nullptr;
  size_t size_ = 0;
};

}  // namespace bc
