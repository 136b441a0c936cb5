#include "bytecode/verify.h"

#include <vector>

#include "absl/strings/str_cat.h"
#include "bytecode/primops.h"

namespace bc {
namespace {

constexpr uint32_t kMaxFrame = 1u << 20;  // slots; far above anything the generator makes

class Verifier {
 public:
  Verifier(const BcoModule& m, size_t index) : m_(m), b_(m.bcos[index]), index_(index) {}

  absl::Status run() {
    if (b_.frameSize > kMaxFrame) return bad(0, "frame too large");
    if (b_.thunk ? b_.frameSize < b_.numFree : (b_.arity == 0 || b_.frameSize < b_.arity))
      return bad(0, "frame smaller than its parameters or free variables");
    for (size_t k = 0; k < b_.consts.size(); ++k)
      if (absl::Status s = constant(b_.consts[k], k); !s.ok()) return s;
    // Instruction starts first, so that labels can be checked against them.
    std::vector<bool> start(b_.code.size(), false);
    for (uint32_t pc = 0; pc < b_.code.size();) {
      uint32_t len = instructionLength(b_.code, pc);
      if (len == 0) return bad(pc, "malformed instruction");
      start[pc] = true;
      pc += len;
    }
    if (b_.code.empty()) return bad(0, "no code");
    for (uint32_t pc = 0; pc < b_.code.size(); pc += instructionLength(b_.code, pc))
      if (absl::Status s = instruction(pc, start); !s.ok()) return s;
    return absl::OkStatus();
  }

 private:
  absl::Status bad(uint32_t pc, const std::string& why) const {
    return absl::InvalidArgumentError(absl::StrCat("bytecode of ", b_.name.empty() ? "?" : b_.name, " (#", index_,
                                                   ") at ", pc, ": ", why));
  }

  absl::Status constant(const Constant& c, size_t k) const {
    using K = Constant::Kind;
    switch (c.kind) {
      case K::Con: case K::ConInfo:
        if (c.con == nullptr) return bad(0, absl::StrCat("constant k", k, " names no constructor"));
        break;
      case K::Code:
        if (c.index >= m_.bcos.size()) return bad(0, absl::StrCat("constant k", k, " names a missing code object"));
        break;
      case K::StaticFun:
        if (c.index >= m_.bcos.size() || m_.bcos[c.index].thunk || m_.bcos[c.index].numFree != 0)
          return bad(0, absl::StrCat("constant k", k, " is not a function without free variables"));
        break;
      case K::CostCentre:
        if (c.index == 0 || c.index >= m_.costCentres.size())
          return bad(0, absl::StrCat("constant k", k, " names a missing cost centre"));
        break;
      case K::BreakArray:
        if (c.index >= m_.breakModules.size()) return bad(0, absl::StrCat("constant k", k, " names a missing break module"));
        break;
      case K::Global: case K::Int: case K::Integer: case K::Double: case K::Float: case K::Char: case K::String:
        break;
      default:
        return bad(0, absl::StrCat("constant k", k, " has an unknown kind"));
    }
    return absl::OkStatus();
  }

  bool slotOk(uint32_t w) const { return w < b_.frameSize; }
  bool atomOk(uint32_t w) const {
    uint32_t i = operandIndex(w);
    switch (operandKind(w)) {
      case OperandKind::Local: return i < b_.frameSize;
      case OperandKind::Free: return !b_.thunk && i >= 1 && i <= b_.numFree;  // [0] is the stack word
      case OperandKind::Const: return i < b_.consts.size() && !(w & kKillBit);
    }
    return false;
  }
  bool constKind(uint32_t k, std::initializer_list<Constant::Kind> kinds) const {
    if (k >= b_.consts.size()) return false;
    for (Constant::Kind kind : kinds)
      if (b_.consts[k].kind == kind) return true;
    return false;
  }

  absl::Status instruction(uint32_t pc, const std::vector<bool>& start) const {
    const CodeWords& c = b_.code;
    Op op = static_cast<Op>(c[pc]);
    const OpInfo& info = kOps[c[pc]];
    uint32_t at = pc + 1;
    auto label = [&](uint32_t l) { return l < c.size() && start[l]; };
    for (const char* f = info.operands; *f; ++f) {
      uint32_t w = c[at++];
      switch (*f) {
        case 'a': if (!atomOk(w)) return bad(pc, "operand out of range"); break;
        case 's': if (!slotOk(w)) return bad(pc, "slot out of range"); break;
        case 'k': if (w >= b_.consts.size()) return bad(pc, "constant out of range"); break;
        case 'L': if (!label(w)) return bad(pc, "label not at an instruction"); break;
        case 'p': if (w >= kNumPrims) return bad(pc, "unknown primitive"); break;
        case 'c': break;
        case 'n':
          for (uint32_t j = 0; j < w; ++j)
            if (!atomOk(c[at++])) return bad(pc, "operand out of range");
          break;
        case 't':
          for (uint32_t j = 0; j <= w; ++j)
            if (!label(c[at++])) return bad(pc, "label not at an instruction");
          break;
      }
    }
    uint32_t next = at;
    switch (op) {
      case Op::UNPACK:
        if (static_cast<uint64_t>(c[pc + 2]) + c[pc + 3] > b_.frameSize) return bad(pc, "fields past the frame");
        break;
      case Op::IFNE_INT: case Op::IFNE_CHAR: case Op::IFNE_DOUBLE: case Op::IFNE_FLOAT: case Op::IFNE_INTEGER: {
        Constant::Kind want = op == Op::IFNE_INT ? Constant::Kind::Int
                              : op == Op::IFNE_CHAR ? Constant::Kind::Char
                              : op == Op::IFNE_DOUBLE ? Constant::Kind::Double
                              : op == Op::IFNE_FLOAT ? Constant::Kind::Float : Constant::Kind::Integer;
        if (!constKind(c[pc + 2], {want})) return bad(pc, "compared with a constant of another type");
        break;
      }
      case Op::MAKE: {
        uint32_t k = c[pc + 2], n = c[pc + 3];
        if (!constKind(k, {Constant::Kind::Code, Constant::Kind::ConInfo})) return bad(pc, "MAKE of a non-closure");
        const Constant& kc = b_.consts[k];
        uint32_t want = kc.kind == Constant::Kind::Code ? m_.bcos[kc.index].numFree : kc.con->arity;
        if (n != want) return bad(pc, "MAKE with the wrong number of fields");
        break;
      }
      case Op::ALLOC:
        if (!constKind(c[pc + 2], {Constant::Kind::Code, Constant::Kind::ConInfo})) return bad(pc, "ALLOC of a non-closure");
        break;
      case Op::PUSH_CENTER:
        if (!constKind(c[pc + 1], {Constant::Kind::CostCentre})) return bad(pc, "PUSH_CENTER of a non-centre");
        break;
      case Op::BRK_FUN:
        if (!constKind(c[pc + 1], {Constant::Kind::BreakArray})) return bad(pc, "BRK_FUN of a non-break-array");
        break;
      case Op::CLEAR:
        for (uint32_t j = 0; j < c[pc + 1]; ++j)
          if (operandKind(c[pc + 2 + j]) != OperandKind::Local) return bad(pc, "CLEAR of a non-slot");
        break;
      // A primitive reads exactly its arity's arguments.
      case Op::PRIM: {
        const PrimInfo& p = primInfo(static_cast<Prim>(c[pc + 1]));
        if (p.kind != PrimKind::Strict && p.kind != PrimKind::Lazy) return bad(pc, "PRIM of a primitive that is not strict");
        if (c[pc + 3] != p.arity) return bad(pc, "primitive given the wrong number of arguments");
        break;
      }
      case Op::RAISE: case Op::IOPRIM: {
        const PrimInfo& p = primInfo(static_cast<Prim>(c[pc + 1]));
        if (p.kind != (op == Op::RAISE ? PrimKind::Raise : PrimKind::IO)) return bad(pc, "primitive of the wrong kind");
        if (c[pc + 2] != p.arity) return bad(pc, "primitive given the wrong number of arguments");
        break;
      }
      default: break;
    }
    // Control must not run off the end of the code.
    switch (op) {
      case Op::ENTER: case Op::CALL: case Op::RET: case Op::RAISE: case Op::IOPRIM: case Op::JMP: case Op::SWITCH:
        break;
      default:
        if (next >= c.size()) return bad(pc, "falls off the end of the code");
    }
    return absl::OkStatus();
  }

  const BcoModule& m_;
  const Bco& b_;
  size_t index_;
};

}  // namespace

absl::Status verifyModule(const BcoModule& m) {
  if (!m.costCentres.empty() && !m.costCentres[0].isCaf)
    return absl::InvalidArgumentError("the first cost centre is not the module's CAF centre");
  for (size_t i = 0; i < m.bcos.size(); ++i)
    if (absl::Status s = Verifier(m, i).run(); !s.ok()) return s;
  for (const BcoModule::Top& t : m.tops)
    if (t.bco >= m.bcos.size()) return absl::InvalidArgumentError(absl::StrCat("symbol ", t.name, " names a missing code object"));
  return absl::OkStatus();
}

}  // namespace bc
