// The primitive operations, declared once in bytecode/primops.def and used
// by the STG conversion, the code generator, the disassembler and the
// runtime.
//
// Note [Primitive kinds]
// ~~~~~~~~~~~~~~~~~~~~~~
// Strict  evaluates every argument, then computes a value (no allocation
//         other than the result; may not raise or run code).
// Lazy    takes its arguments as they are and builds a value (primUserError).
// Seq     primSeq a b: evaluate a, then b.
// Raise   raises an exception built from its (unevaluated) arguments.
// IO      an IO action: applied to the world token it performs the effect
//         (Note [IO representation] in bytecode/stg.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace bc {

enum class Prim : uint16_t {
#define PRIM(name, arity, kind) name,
#include "bytecode/primops.def"
#undef PRIM
};

enum class PrimKind : uint8_t { Strict, Lazy, Seq, Raise, IO };

struct PrimInfo {
  const char* name;
  uint8_t arity;
  PrimKind kind;
};

inline constexpr PrimInfo kPrims[] = {
#define PRIM(name, arity, kind) {#name, arity, PrimKind::kind},
#include "bytecode/primops.def"
#undef PRIM
};

inline constexpr size_t kNumPrims = sizeof(kPrims) / sizeof(kPrims[0]);

inline const PrimInfo& primInfo(Prim p) { return kPrims[static_cast<size_t>(p)]; }

// Whether the primitive's result may be unevaluated (primIOErrorString
// returns a user error's message as it was given): the code generator
// evaluates such a result before using it as a value.
inline bool primResultMayBeLazy(Prim p) { return p == Prim::primIOErrorString; }

// The primitive with this Lazuli.Prim name, if any.
std::optional<Prim> primByName(std::string_view name);

}  // namespace bc
