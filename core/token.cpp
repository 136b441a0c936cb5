#include "core/token.h"

#include "core/check.h"

namespace core {

std::string_view tokName(Tok t) {
  switch (t) {
    case Tok::Eof: return "end of input";
    case Tok::VarId: case Tok::QVarId: return "variable";
    case Tok::ConId: case Tok::QConId: return "constructor";
    case Tok::VarSym: case Tok::QVarSym: return "operator";
    case Tok::ConSym: case Tok::QConSym: return "constructor operator";
    case Tok::Integer: return "integer literal";
    case Tok::Float: return "floating literal";
    case Tok::Char: return "character literal";
    case Tok::String: return "string literal";
    case Tok::PragmaScc: return "{-# SCC";
    case Tok::PragmaInline: return "{-# INLINE";
    case Tok::PragmaEnd: return "#-}";
#define LZ_X(e, s) case Tok::e: return s;
    LZ_RESERVED_IDS(LZ_X) LZ_RESERVED_OPS(LZ_X) LZ_SPECIALS(LZ_X)
#undef LZ_X
    case Tok::VLBrace: return "virtual {";
    case Tok::VRBrace: return "virtual }";
    case Tok::VSemi: return "virtual ;";
  }
  LZ_UNREACHABLE("unknown token kind %d", static_cast<int>(t));
}

bool isVarLike(Tok t) { return t == Tok::VarId || t == Tok::QVarId; }
bool isConLike(Tok t) { return t == Tok::ConId || t == Tok::QConId; }
bool isSymLike(Tok t) {
  return t == Tok::VarSym || t == Tok::ConSym || t == Tok::QVarSym || t == Tok::QConSym ||
         t == Tok::Colon;
}

}  // namespace core
