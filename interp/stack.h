// The evaluation stack: one contiguous array of words, reserved once and
// committed by the kernel as it is touched, so it never moves.
//
// Note [Stack frames]
// ~~~~~~~~~~~~~~~~~~~
// The stack holds activations (a function's or thunk's local slots) and
// continuation frames. Every frame ends with two words, the previous
// frame's tag address and its own tag, and `frameTop` points at the tag of
// the newest frame, so frames form a list through the stack however many
// slots lie between them:
//
//   high   +-----------------+ <- sp
//          | slots of the    |
//          | activation      |
//          +-----------------+ <- fp  (== frameTop + 1 when it was entered)
//          | tag: CASE       | <- frameTop
//          | prev  ----------+--+
//          | ccs             |  |
//          | pc              |  |
//          | code            |  |
//          | node            |  |
//          | saved fp        |  |
//          +-----------------+  |
//          | slots of the    |  |
//          | activation that |  |
//          | pushed the case |  |
//          +-----------------+  |
//          | tag: UPDATE     | <+
//          | prev            |
//          | ccs             |
//          | payload words   |
//          | thunk           |
//   low    +-----------------+
//
//   CASE    [saved fp][node][code][pc][ccs][prev][tag]  resume an activation at pc with R1
//   UPDATE  [thunk][words][ccs][prev][tag]          overwrite the thunk with R1 (Note [Update in place])
//   APPLY   [arg 0]..[arg n-1][n][prev][tag]        apply R1 to the arguments
//   CATCH   [handler][ccs][prev][tag]               IO errors below apply the handler
//   FORCE   [action][arg][buffer][rest][phase][prev][tag]   force a String (Note [Forcing strings])
//   STOP    [prev][tag]                             return R1 to the C++ caller
//
// The ccs words are the cost-centre stack to restore when the frame is
// popped (Note [Cost-centre stacks in frames] in interp/machine.cpp).
//
// A new activation (a call, a thunk) always starts right above the top
// frame, at frameTop + 1. Code in tail position of an activation has pushed
// no frame of its own, so its calls overwrite its own slots: tail calls
// take no stack. A case scrutinee runs with its case frame on top, so its
// calls start above it and the slots below survive.
//
// The collector scans [lo, sp) conservatively (Note [Stack roots] in
// interp/machine.cpp): dead slots above sp never keep objects alive.
#pragma once

#include <cstddef>

#include "interp/object.h"

namespace interp {

enum FrameTag : Word {
  kNoFrame = 0,
  kCaseFrame = 1,
  kUpdateFrame,
  kApplyFrame,
  kCatchFrame,
  kForceFrame,
  kStopFrame,
};

class Stack {
 public:
  // Reserves `maxBytes` of address space (less if the system refuses).
  explicit Stack(size_t maxBytes);
  ~Stack();
  Stack(const Stack&) = delete;
  Stack& operator=(const Stack&) = delete;

  Word* lo() const { return lo_; }
  Word* limit() const { return limit_; }
  size_t capacityBytes() const { return static_cast<size_t>(limit_ - lo_) * sizeof(Word); }

 private:
  void* map_ = nullptr;
  size_t mapBytes_ = 0;
  Word* lo_ = nullptr;
  Word* limit_ = nullptr;
};

// 80% of physical memory, as GHC's default maximum stack size.
size_t defaultMaxStackBytes();

}  // namespace interp
