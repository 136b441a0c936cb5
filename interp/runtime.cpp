#include "interp/runtime.h"

#include <gc/gc.h>
#include <gc/gc_inline.h>

#include <cstring>

#include "core/utf8.h"

namespace interp {

double doubleValue(const Obj* o) {
  double d;
  std::memcpy(&d, &o->payload[0], sizeof d);
  return d;
}

float floatValue(const Obj* o) {
  float f;
  std::memcpy(&f, &o->payload[0], sizeof f);
  return f;
}

namespace {

Info makeInfo(Type t, uint32_t size, const char* name) {
  Info i;
  i.type = t;
  i.size = size;
  i.name = name;
  return i;
}

Info conInfo(const char* name, uint32_t tag, uint32_t arity) {
  Info i = makeInfo(Type::Con, arity, name);
  i.tag = tag;
  return i;
}

}  // namespace

Runtime::Runtime()
    : papInfo(makeInfo(Type::Pap, 0, "PAP")),
      indInfo(makeInfo(Type::Ind, 1, "IND")),
      blackholeInfo(makeInfo(Type::Blackhole, 0, "BLACKHOLE")),
      raisedInfo(makeInfo(Type::Raised, 1, "RAISED")),
      intInfo(makeInfo(Type::Int, 1, "Int")),
      doubleInfo(makeInfo(Type::Double, 1, "Double")),
      floatInfo(makeInfo(Type::Float, 1, "Float")),
      charInfo(makeInfo(Type::Char, 1, "Char")),
      integerInfo(makeInfo(Type::Integer, 2, "Integer")),
      strLitInfo(makeInfo(Type::StrLit, 3, "StrLit")),
      inputInfo(makeInfo(Type::Input, 1, "Input")),
      ioErrorInfo(makeInfo(Type::IOError, 3, "IOError")),
      exceptionInfo(makeInfo(Type::Exception, 4, "Exception")),
      frozenInfo(makeInfo(Type::Frozen, 0, "FROZEN")),
      nilInfo(conInfo("[]", 0, 0)),
      consInfo(conInfo(":", 1, 2)),
      unitInfo(conInfo("()", 0, 0)),
      tuple2Info(conInfo("(,)", 0, 2)),
      falseInfo(conInfo("False", 0, 0)),
      trueInfo(conInfo("True", 1, 0)) {
  nil = allocStatic(&nilInfo, 0);
  unit = allocStatic(&unitInfo, 0);
  falseObj = allocStatic(&falseInfo, 0);
  trueObj = allocStatic(&trueInfo, 0);
  world = unit;
  for (int64_t v = kSmallIntMin; v <= kSmallIntMax; ++v) {
    Obj* o = allocStatic(&intInfo, 1);
    o->payload[0] = static_cast<Word>(v);
    smallInts_[v - kSmallIntMin] = o;
  }
  for (char32_t c = 0; c < 256; ++c) {
    Obj* o = allocStatic(&charInfo, 1);
    o->payload[0] = c;
    chars_[c] = o;
  }
}

// Note [Allocation fast path]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~
// A lazy program allocates on almost every step, and most objects are two
// to eight words. Each size class (16-byte granule count) and kind (scanned
// or pointer-free) has a free list that GC_generic_malloc_many refills with
// a batch of objects (a few kilobytes' worth); allocation pops the head: a
// load, a store, no call, no thread-local lookup. The lists live in the
// Runtime, which the collector scans, so objects on them are not reclaimed;
// the collector hands them out cleared except for the link word, which the
// info pointer overwrites. Larger objects go through GC_MALLOC.
void* Runtime::refill(size_t granules) {
  void* list = nullptr;
  GC_generic_malloc_many(granules * 16, GC_I_NORMAL, &list);
  if (!list) throw HeapExhausted{};
  return list;
}

void Runtime::refillAtomic(size_t granules) {
  void* list = nullptr;
  GC_generic_malloc_many(granules * 16, GC_I_PTRFREE, &list);
  if (!list) throw HeapExhausted{};
  // No allocation until every object is in the (scanned) pool; objects
  // beyond its capacity are simply left to the collector.
  size_t n = 0;
  for (void* p = list; p && n < kPoolSize; p = GC_NEXT(p)) atomicPool_[granules][n++] = p;
  atomicCount_[granules] = n;
}

Obj* Runtime::alloc(const Info* info, size_t words) {
  if (Obj* o = fastAlloc(false, info, words)) return o;
  void* p = GC_MALLOC((words + 1) * sizeof(Word));
  if (!p) throw HeapExhausted{};
  Obj* o = static_cast<Obj*>(p);
  o->info = info;
  return o;
}

Obj* Runtime::allocAtomic(const Info* info, size_t words) {
  if (Obj* o = fastAlloc(true, info, words)) return o;
  void* p = GC_MALLOC_ATOMIC((words + 1) * sizeof(Word));
  if (!p) throw HeapExhausted{};
  Obj* o = static_cast<Obj*>(p);
  o->info = info;
  return o;
}

Obj* Runtime::allocStatic(const Info* info, size_t words) {
  void* p = GC_MALLOC_UNCOLLECTABLE((words + 1) * sizeof(Word));
  if (!p) throw HeapExhausted{};
  Obj* o = static_cast<Obj*>(p);
  o->info = info;
  return o;
}

Obj* Runtime::mkChar(char32_t c) {
  if (c < 256) return chars_[c];
  Obj* o = allocAtomic(&charInfo, 1);
  o->payload[0] = c;
  return o;
}

Obj* Runtime::mkDouble(double d) {
  Obj* o = allocAtomic(&doubleInfo, 1);
  std::memcpy(&o->payload[0], &d, sizeof d);
  return o;
}

Obj* Runtime::mkFloat(float f) {
  Obj* o = allocAtomic(&floatInfo, 1);
  o->payload[0] = 0;
  std::memcpy(&o->payload[0], &f, sizeof f);
  return o;
}

Obj* Runtime::mkInteger() {
  Obj* o = alloc(&integerInfo, 2);  // scanned: it holds the limb pointer
  mpz_init(integerValue(o));
  return o;
}

Obj* Runtime::mkIntegerFromText(std::string_view decimal) {
  Obj* o = mkInteger();
  std::string s(decimal);
  mpz_set_str(integerValue(o), s.c_str(), 10);
  return o;
}

Obj* Runtime::mkCons(Obj* head, Obj* tail) {
  Obj* o = alloc(&consInfo, 2);
  o->payload[0] = asWord(head);
  o->payload[1] = asWord(tail);
  return o;
}

Obj* Runtime::mkTuple2(Obj* a, Obj* b) {
  Obj* o = alloc(&tuple2Info, 2);
  o->payload[0] = asWord(a);
  o->payload[1] = asWord(b);
  return o;
}

Obj* Runtime::mkString(std::string_view utf8) {
  // Decode first, then build from the end so each cell is allocated once.
  std::u32string chars;
  for (size_t i = 0; i < utf8.size();) chars.push_back(core::decodeUtf8OrByte(utf8, i));
  Obj* list = nil;
  for (size_t i = chars.size(); i-- > 0;) list = mkCons(mkChar(chars[i]), list);
  return list;
}

Obj* Runtime::mkStrLit(const char* bytes, size_t length, bool isStatic) {
  Obj* o = isStatic ? allocStatic(&strLitInfo, 3) : alloc(&strLitInfo, 3);
  o->payload[0] = reinterpret_cast<Word>(bytes);
  o->payload[1] = 0;
  o->payload[2] = length;
  return o;
}

Obj* Runtime::mkException(ExcKind kind, Word a, Word b) {
  Obj* o = alloc(&exceptionInfo, 4);
  o->payload[0] = static_cast<Word>(kind);
  o->payload[1] = a;
  o->payload[2] = b;
  o->payload[3] = 0;  // the cost-centre stack where it was raised (Machine::raise)
  return o;
}

Obj* Runtime::mkIOError(int kind, Obj* message, std::string_view text) {
  char* buf = static_cast<char*>(GC_MALLOC_ATOMIC(text.size() + 1));
  if (!buf) throw HeapExhausted{};
  std::memcpy(buf, text.data(), text.size());
  buf[text.size()] = 0;
  Obj* o = alloc(&ioErrorInfo, 3);
  o->payload[0] = static_cast<Word>(kind);
  o->payload[1] = asWord(message);
  o->payload[2] = reinterpret_cast<Word>(buf);
  return o;
}

}  // namespace interp
