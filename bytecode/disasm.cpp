// The disassembler, driven by the operand formats of bytecode/opcodes.def.
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "bytecode/bco.h"

namespace bc {
namespace {

std::string constantText(const Constant& c) {
  using K = Constant::Kind;
  switch (c.kind) {
    case K::Global: return c.text;
    case K::Con: return absl::StrCat("con ", c.con->name);
    case K::ConInfo: return absl::StrCat("coninfo ", c.con->name, "/", c.con->arity);
    case K::Code: return absl::StrCat("code #", c.index);
    case K::StaticFun: return absl::StrCat("fun #", c.index);
    case K::CostCentre: return absl::StrCat("cc ", c.text);
    case K::Int: return absl::StrCat(c.i, "#");
    case K::Char: return absl::StrFormat("char %d", c.i);
    case K::Integer: return c.text;
    case K::Double: return absl::StrFormat("%.17g##", c.d);
    case K::Float: return absl::StrFormat("%.9g#f", c.d);
    case K::String: return quoteBytes(c.text);
    case K::BreakArray: return absl::StrCat("break array #", c.index);
  }
  return "?";
}

std::string atomText(uint32_t w) {
  switch (operandKind(w)) {
    case OperandKind::Local: return absl::StrCat("s", operandIndex(w), (w & kKillBit) ? "!" : "");
    case OperandKind::Free: return absl::StrCat("f", operandIndex(w));
    case OperandKind::Const: return absl::StrCat("k", operandIndex(w));
  }
  return "?";
}

}  // namespace

uint32_t instructionLength(const CodeWords& code, uint32_t pc) {
  if (pc >= code.size() || code[pc] >= kNumOps) return 0;
  // 64-bit: a count operand read from a file may be anything, and a length
  // that wrapped around would send a decoder backwards forever.
  uint64_t n = 1;
  for (const char* f = kOps[code[pc]].operands; *f; ++f) {
    if (pc + n >= code.size()) return 0;
    uint64_t w = code[pc + n];
    if (*f == 'n') n += 1 + w;
    else if (*f == 't') n += 2 + w;
    else n += 1;
    if (pc + n > code.size()) return 0;
  }
  return static_cast<uint32_t>(n);
}

std::string disassemble(const BcoModule& m) {
  std::string out = absl::StrCat("module ", m.name, "\n");
  for (const BcoModule::Top& t : m.tops) absl::StrAppend(&out, "top ", t.name, " = #", t.bco, "\n");
  for (size_t i = 0; i < m.bcos.size(); ++i) {
    const Bco& b = m.bcos[i];
    absl::StrAppend(&out, "\n#", i, " ", b.name, ": ", b.thunk ? "thunk" : absl::StrCat("function/", b.arity),
                    ", ", b.numFree, " free, ", b.frameSize, " slots\n");
    for (size_t k = 0; k < b.consts.size(); ++k)
      absl::StrAppend(&out, "  k", k, " = ", constantText(b.consts[k]), "\n");
    uint32_t pc = 0;
    while (pc < b.code.size()) {
      uint32_t len = instructionLength(b.code, pc);
      if (len == 0) {
        absl::StrAppend(&out, absl::StrFormat("  %4d  <malformed>\n", pc));
        break;
      }
      const OpInfo& info = kOps[b.code[pc]];
      std::string line = absl::StrFormat("  %4d  %-12s", pc, info.name);
      uint32_t at = pc + 1;
      for (const char* f = info.operands; *f; ++f) {
        uint32_t w = b.code[at++];
        switch (*f) {
          case 'a': absl::StrAppend(&line, " ", atomText(w)); break;
          case 's': absl::StrAppend(&line, " s", w); break;
          case 'k': absl::StrAppend(&line, " k", w); break;
          case 'L': absl::StrAppend(&line, " @", w); break;
          case 'c': absl::StrAppend(&line, " ", w); break;
          case 'p': absl::StrAppend(&line, " ", w < kNumPrims ? kPrims[w].name : "?"); break;
          case 'n':
            absl::StrAppend(&line, " (");
            for (uint32_t j = 0; j < w; ++j) absl::StrAppend(&line, j ? " " : "", atomText(b.code[at++]));
            absl::StrAppend(&line, ")");
            break;
          case 't':
            absl::StrAppend(&line, " [");
            for (uint32_t j = 0; j < w; ++j) absl::StrAppend(&line, j ? " @" : "@", b.code[at++]);
            absl::StrAppend(&line, "] default @", b.code[at++]);
            break;
        }
      }
      absl::StrAppend(&out, line, "\n");
      pc += len;
    }
  }
  return out;
}

}  // namespace bc
