// Heap objects: the layout every runtime object shares (DESIGN.md section
// 4). Interpreted and native code use exactly these layouts.
//
// Note [Object layout]
// ~~~~~~~~~~~~~~~~~~~~
// Every object is a word-aligned block on the GC heap whose first word
// points at its Info (type, sizes, code). The rest is the payload:
//
//   Con        [info][field 0] ... [field n-1]             info: tag, arity, DataCon
//   Fun        [info][ccs][free 0] ... [free k-1]           info: arity, Code
//   Thunk (AP) [info][ccs][free 0] ... [free k-1]           info: Code
//   Pap        [info][ccs][fun][n][arg 0] ... [arg n-1]
//   Ind        [info][target]                              (an updated thunk)
//   Blackhole  [info][0] ...                               (a thunk under evaluation)
//   Raised     [info][exception]                           (a thunk whose evaluation raised)
//   Int        [info][int64]        Char  [info][code point]
//   Double     [info][double]       Float [info][float]
//   Integer    [info][mpz_t: alloc, size | limbs]           (limbs on the GC heap, atomic)
//   StrLit     [info][bytes][offset][length]               (an unpacked string literal)
//   Input      [info][ccs]                                 (the rest of a lazy input stream)
//   IOError    [info][kind][message][text]
//   Exception  [info][kind][a][b][ccs]                       (ccs: where it was first raised)
//   Frozen     [info][n][how][fp][node][code][pc][ccs][top][n stack words]   (interp/machine.cpp)
//
// Thunks, functions and partial applications carry one extra header word,
// the cost-centre stack current when they were built (a ccs::Stack*, or 0:
// none, as in static functions and code compiled with --no-ccs). Entering
// a thunk makes its stack current; calling a function or partial
// application enters its stack (ccs::enterFun). A thunk
// is updated in place: its info becomes Ind and its first payload word the
// value, so every thunk has at least those two words. Pointers to objects
// always point at the first word (the collector runs with interior
// pointers off; Note [Heap set-up] in interp/gc_heap.h).
#pragma once

#include <cstdint>
#include <gmp.h>

#include "bytecode/bco.h"

namespace interp {

using Word = uintptr_t;

// Types below kFirstUnevaluated are values (weak head normal forms).
enum class Type : uint8_t {
  Con, Fun, Pap, Int, Double, Float, Char, Integer, IOError, Exception,
  Thunk, Ind, Blackhole, Raised, StrLit, Input,
  Frozen,  // an abandoned evaluation's stack, resumed when entered (Note [Freezing abandoned evaluations])
};
inline constexpr Type kFirstUnevaluated = Type::Thunk;

struct Code;

struct Info {
  Type type = Type::Con;
  uint32_t size = 0;                   // payload words (Con: arity; Fun, Thunk: 1 + free)
  uint32_t tag = 0;                    // Con: constructor tag
  uint32_t arity = 0;                  // Fun: parameters
  const Code* code = nullptr;          // Fun, Thunk
  const bc::DataCon* con = nullptr;    // Con
  const char* name = "";               // for printing
};

struct Obj {
  const Info* info;
  Word payload[];
};

// The code of one BCO, linked: constants resolved to objects and infos.
struct Code {
  const bc::Bco* bco = nullptr;
  const uint32_t* code = nullptr;
  Word* consts = nullptr;              // uncollectable: the constants are GC roots
  uint32_t arity = 0;
  uint32_t frameSize = 0;
  uint32_t numFree = 0;
  Info funInfo;                        // closures of this code when it is a function
  Info thunkInfo;                      // ... when it is a thunk
};

inline Obj* asObj(Word w) { return reinterpret_cast<Obj*>(w); }
inline Word asWord(const Obj* o) { return reinterpret_cast<Word>(o); }
inline Type typeOf(const Obj* o) { return o->info->type; }
inline bool isValue(const Obj* o) { return o->info->type < kFirstUnevaluated; }

// Follows indirections.
inline Obj* deref(Obj* o) {
  while (o->info->type == Type::Ind) o = asObj(o->payload[0]);
  return o;
}

inline int64_t intValue(const Obj* o) { return static_cast<int64_t>(o->payload[0]); }
// Int arithmetic wraps around, as GHC's does (no signed-overflow UB).
inline int64_t wrapAdd(int64_t a, int64_t b) { return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b)); }
inline int64_t wrapSub(int64_t a, int64_t b) { return static_cast<int64_t>(static_cast<uint64_t>(a) - static_cast<uint64_t>(b)); }
inline int64_t wrapMul(int64_t a, int64_t b) { return static_cast<int64_t>(static_cast<uint64_t>(a) * static_cast<uint64_t>(b)); }
inline char32_t charValue(const Obj* o) { return static_cast<char32_t>(o->payload[0]); }
double doubleValue(const Obj* o);
float floatValue(const Obj* o);
inline mpz_ptr integerValue(Obj* o) { return reinterpret_cast<mpz_ptr>(&o->payload[0]); }

// The kinds of Exception objects (payload[0]).
enum class ExcKind : Word {
  ErrorCall = 1,        // a: message (String), b: call-stack lines (String, maybe empty)
  ErrorNoTrace,         // a: message
  Arith,                // a: 0 divide by zero, 1 arithmetic overflow, 2 Ratio has zero denominator
  IOError,              // a: the IOError object
  Exit,                 // a: exit code (a Word)
  Loop,                 // <<loop>>
  StackOverflow,
  HeapOverflow,
};

}  // namespace interp
