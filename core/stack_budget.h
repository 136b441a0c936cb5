// How much C++ stack a recursive pass may use (see Note [Nesting limit] in
// core/parser.h): recursion depth alone is not enough, because frame sizes
// differ between builds (a sanitizer build's frames are several times larger).
#pragma once

#include <cstddef>
#include <cstdint>

namespace core {

class StackBudget {
 public:
  // Starts measuring from the caller's frame. The budget is half the
  // thread's stack limit (8 MiB assumed when unlimited or unknown), leaving
  // the other half to the passes that later walk what this one built.
  StackBudget();
  // True once the stack has grown more than the budget below the start.
  bool exceeded() const {
    char probe;
    return static_cast<size_t>(base_ - reinterpret_cast<uintptr_t>(&probe)) > budget_;
  }

 private:
  uintptr_t base_;
  size_t budget_;
};

}  // namespace core
