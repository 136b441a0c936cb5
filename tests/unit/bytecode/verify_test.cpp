#include <catch2/catch.hpp>

#include "bytecode/verify.h"

namespace {

using bc::Op;
using bc::OperandKind;

uint32_t op(Op o) { return static_cast<uint32_t>(o); }
uint32_t local(uint32_t i) { return bc::operand(OperandKind::Local, i); }
uint32_t konst(uint32_t i) { return bc::operand(OperandKind::Const, i); }

// One function of arity 1: `\x -> case x of v -> v` (EVAL, BIND, RET).
bc::BcoModule identity() {
  bc::BcoModule m;
  m.name = "T";
  bc::Bco b;
  b.name = "T.id";
  b.arity = 1;
  b.frameSize = 2;
  b.code = {op(Op::EVAL), local(0), 3, op(Op::BIND), 1, op(Op::RET), local(1)};
  m.bcos.push_back(b);
  m.tops.push_back({"T.id", 0});
  return m;
}

}  // namespace

TEST_CASE("the verifier accepts well-formed bytecode", "[bytecode][verify]") {
  CHECK(bc::verifyModule(identity()).ok());
}

TEST_CASE("the verifier rejects operands out of range", "[bytecode][verify]") {
  bc::BcoModule m = identity();
  m.bcos[0].code[4] = 7;  // BIND to a slot past the frame
  CHECK_FALSE(bc::verifyModule(m).ok());
  m = identity();
  m.bcos[0].code[6] = konst(0);  // RET of a constant the BCO does not have
  CHECK_FALSE(bc::verifyModule(m).ok());
  m = identity();
  m.bcos[0].code[6] = bc::operand(OperandKind::Free, 1);  // a free variable it does not have
  CHECK_FALSE(bc::verifyModule(m).ok());
  m = identity();
  m.tops[0].bco = 3;
  CHECK_FALSE(bc::verifyModule(m).ok());
}

TEST_CASE("the verifier rejects labels inside instructions and code that runs off its end", "[bytecode][verify]") {
  bc::BcoModule m = identity();
  m.bcos[0].code[2] = 4;  // EVAL's label inside BIND
  CHECK_FALSE(bc::verifyModule(m).ok());
  m = identity();
  m.bcos[0].code.resize(5);  // ends after BIND
  CHECK_FALSE(bc::verifyModule(m).ok());
  m = identity();
  m.bcos[0].code[0] = 999;  // no such opcode
  CHECK_FALSE(bc::verifyModule(m).ok());
}

TEST_CASE("the verifier checks constant kinds and closure sizes", "[bytecode][verify]") {
  bc::BcoModule m = identity();
  bc::Bco& b = m.bcos[0];
  bc::Constant i;
  i.kind = bc::Constant::Kind::Int;
  b.consts.push_back(i);
  b.frameSize = 3;
  // MAKE s2 k0 (): an Int constant is not an info.
  b.code = {op(Op::MAKE), 2, 0, 0, op(Op::RET), local(2)};
  CHECK_FALSE(bc::verifyModule(m).ok());
  // MAKE of the module's own code with the wrong number of free variables.
  bc::Constant code;
  code.kind = bc::Constant::Kind::Code;
  code.index = 0;
  b.consts[0] = code;
  b.code = {op(Op::MAKE), 2, 0, 1, local(0), op(Op::RET), local(2)};
  CHECK_FALSE(bc::verifyModule(m).ok());
  b.code = {op(Op::MAKE), 2, 0, 0, op(Op::RET), local(2)};
  CHECK(bc::verifyModule(m).ok());
  // PUSH_CENTER needs a cost-centre constant.
  b.code = {op(Op::PUSH_CENTER), 0, op(Op::RET), local(0)};
  CHECK_FALSE(bc::verifyModule(m).ok());
}
