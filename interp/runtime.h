// The runtime's shared state: the infos of built-in object types, the
// static objects every program uses (unit, [], True, small Ints, Latin-1
// Chars), and allocation (Note [Object layout] in interp/object.h).
#pragma once

#include <string>
#include <string_view>

#include "interp/object.h"

namespace interp {

// Thrown by the allocator when the collector cannot satisfy a request; the
// interpreter turns it into the Haskell-level heap-overflow exception.
struct HeapExhausted {};

class Runtime {
 public:
  Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // Allocation. `words` counts the payload, not the info word. Never null.
  Obj* alloc(const Info* info, size_t words);
  Obj* allocAtomic(const Info* info, size_t words);   // payload holds no pointers
  Obj* allocStatic(const Info* info, size_t words);   // never collected, scanned (a root)

  Obj* mkInt(int64_t v) {  // inline: the interpreter's arithmetic makes one per operation
    if (v >= kSmallIntMin && v <= kSmallIntMax) return smallInts_[v - kSmallIntMin];
    Obj* o = allocAtomic(&intInfo, 1);
    o->payload[0] = static_cast<Word>(v);
    return o;
  }
  Obj* mkChar(char32_t c);
  Obj* mkDouble(double d);
  Obj* mkFloat(float f);
  Obj* mkInteger();                   // an Integer object holding 0, to be set with mpz_*
  Obj* mkIntegerFromText(std::string_view decimal);
  Obj* mkBool(bool b) { return b ? trueObj : falseObj; }
  Obj* mkCons(Obj* head, Obj* tail);
  Obj* mkTuple2(Obj* a, Obj* b);
  Obj* mkString(std::string_view utf8);          // the whole list, built now
  Obj* mkStrLit(const char* bytes, size_t length, bool isStatic);  // unpacked lazily
  Obj* mkException(ExcKind kind, Word a = 0, Word b = 0);
  // An IOError: `kind` as primIOErrorKind numbers them, the message of a
  // user error (a Haskell String) or null, and the text `show` gives.
  Obj* mkIOError(int kind, Obj* message, std::string_view text);

  // Infos of the built-in types.
  Info papInfo, indInfo, blackholeInfo, raisedInfo, intInfo, doubleInfo, floatInfo, charInfo,
      integerInfo, strLitInfo, inputInfo, ioErrorInfo, exceptionInfo, frozenInfo;
  // Constructors the runtime builds itself (tags as the desugarer gives them).
  Info nilInfo, consInfo, unitInfo, tuple2Info, falseInfo, trueInfo;

  Obj* nil = nullptr;
  Obj* unit = nullptr;
  Obj* falseObj = nullptr;
  Obj* trueObj = nullptr;
  Obj* world = nullptr;    // the world token of Note [IO representation]

 private:
  // Note [Allocation fast path]: free lists per size class (in 16-byte
  // granules), refilled in batches from the collector.
  static constexpr size_t kFastGranules = 8;  // objects up to 128 bytes
  static constexpr size_t kPoolSize = 256;
  void* freeLists_[kFastGranules + 1] = {};  // scanned objects, linked through their first word
  // Pointer-free objects are not scanned, so a list linked through them
  // would not keep its tail alive: they wait in an array instead.
  void* atomicPool_[kFastGranules + 1][kPoolSize] = {};
  size_t atomicCount_[kFastGranules + 1] = {};
  void* refill(size_t granules);
  void refillAtomic(size_t granules);
  Obj* fastAlloc(bool atomic, const Info* info, size_t words) {
    size_t granules = ((words + 1) * sizeof(Word) + 15) / 16;
    if (granules > kFastGranules) return nullptr;
    void* p;
    if (atomic) {
      if (atomicCount_[granules] == 0) refillAtomic(granules);
      size_t i = --atomicCount_[granules];
      p = atomicPool_[granules][i];
      atomicPool_[granules][i] = nullptr;
    } else {
      void*& head = freeLists_[granules];
      p = head ? head : refill(granules);
      head = *static_cast<void**>(p);
    }
    Obj* o = static_cast<Obj*>(p);
    o->info = info;
    return o;
  }

  static constexpr int64_t kSmallIntMin = -16, kSmallIntMax = 256;
  Obj* smallInts_[kSmallIntMax - kSmallIntMin + 1] = {};
  Obj* chars_[256] = {};
};

}  // namespace interp
