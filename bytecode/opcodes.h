// The opcodes of bytecode/opcodes.def as an enum, with their operand
// formats and meanings for the disassembler and the verifier.
//
// Note [Operands]
// ~~~~~~~~~~~~~~~
// Every instruction is its opcode word followed by its operand words. An
// atom operand carries its kind in the top two bits:
//
//   00 kiii...  local slot i of the current activation (fp[i]); k: kKillBit
//   01 iiii...  free variable i of the current function closure (node->payload[i])
//   10 iiii...  constant i of the BCO
//
// Thunks copy their free variables into their first slots on entry (Note
// [Blackholing] in interp/machine.cpp), so only functions use kind 01.
#pragma once

#include <cstdint>

namespace bc {

enum class Op : uint32_t {
#define OP(name, operands, meaning) name,
#include "bytecode/opcodes.def"
#undef OP
};

struct OpInfo {
  const char* name;
  const char* operands;
  const char* meaning;
};

inline constexpr OpInfo kOps[] = {
#define OP(name, operands, meaning) {#name, operands, meaning},
#include "bytecode/opcodes.def"
#undef OP
};

inline constexpr uint32_t kNumOps = sizeof(kOps) / sizeof(kOps[0]);

inline const OpInfo& opInfo(Op op) { return kOps[static_cast<uint32_t>(op)]; }

enum class OperandKind : uint32_t { Local = 0, Free = 1, Const = 2 };

// Bit 29 of a local-slot atom read by CALL, ENTER or EVAL in a case
// scrutinee: the slot is dead once read, and the instruction clears it
// (Note [Dead slots] in bytecode/codegen.cpp).
inline constexpr uint32_t kKillBit = 1u << 29;
inline constexpr uint32_t kOperandIndexMask = kKillBit - 1;

inline constexpr uint32_t operand(OperandKind k, uint32_t index) {
  return (static_cast<uint32_t>(k) << 30) | index;
}
inline constexpr OperandKind operandKind(uint32_t w) { return static_cast<OperandKind>(w >> 30); }
inline constexpr uint32_t operandIndex(uint32_t w) { return w & kOperandIndexMask; }

}  // namespace bc
