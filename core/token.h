// Tokens of Haskell 2010's lexical syntax (report chapter 2), plus the
// virtual braces and semicolons that the layout algorithm inserts.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/source_span.h"

namespace core {

// Reserved identifiers: X(enumerator, spelling).
#define LZ_RESERVED_IDS(X)                                                     \
  X(KwCase, "case") X(KwClass, "class") X(KwData, "data")                      \
  X(KwDefault, "default") X(KwDeriving, "deriving") X(KwDo, "do")              \
  X(KwElse, "else") X(KwForeign, "foreign") X(KwIf, "if")                      \
  X(KwImport, "import") X(KwIn, "in") X(KwInfix, "infix")                      \
  X(KwInfixl, "infixl") X(KwInfixr, "infixr") X(KwInstance, "instance")        \
  X(KwLet, "let") X(KwModule, "module") X(KwNewtype, "newtype")                \
  X(KwOf, "of") X(KwThen, "then") X(KwType, "type") X(KwWhere, "where")        \
  X(Underscore, "_")

// Reserved operators.
#define LZ_RESERVED_OPS(X)                                                     \
  X(DotDot, "..") X(Colon, ":") X(DoubleColon, "::") X(Equals, "=")            \
  X(Backslash, "\\") X(Bar, "|") X(LeftArrow, "<-") X(RightArrow, "->")        \
  X(At, "@") X(Tilde, "~") X(DoubleArrow, "=>")

// Special characters.
#define LZ_SPECIALS(X)                                                         \
  X(LParen, "(") X(RParen, ")") X(Comma, ",") X(Semi, ";") X(LBracket, "[")    \
  X(RBracket, "]") X(Backquote, "`") X(LBrace, "{") X(RBrace, "}")

enum class Tok : uint8_t {
  Eof,
  VarId, ConId, QVarId, QConId,      // x  X  M.x  M.X
  VarSym, ConSym, QVarSym, QConSym,  // +  :+  M.+  M.:+
  Integer, Float, Char, String,
  PragmaScc,     // {-# SCC "name" #-}  (value: the name)
  PragmaInline,  // {-# INLINE f #-} / NOINLINE (value: the pragma word)
  PragmaEnd,     // the #-} that closes an INLINE pragma
#define LZ_X(e, s) e,
  LZ_RESERVED_IDS(LZ_X) LZ_RESERVED_OPS(LZ_X) LZ_SPECIALS(LZ_X)
#undef LZ_X
  VLBrace, VRBrace, VSemi,  // inserted by layout (see core/layout.h)
};

// How a token is named in "parse error on input ‘...’" messages and in
// "expected ..." hints: its spelling for fixed tokens, a class name otherwise.
std::string_view tokName(Tok t);

struct Token {
  Tok kind = Tok::Eof;
  SrcSpan span;
  std::string_view text;  // exact source text (empty for virtual tokens)
  std::string value;      // String/PragmaScc: decoded contents; Q*: unqualified name
  std::string_view qual;  // Q*: the module qualifier ("M.N"), else empty
  char32_t charValue = 0; // Char: the code point
  bool firstOnLine = false;  // first token on its line (layout's <n>)
};

bool isVarLike(Tok t);   // VarId or QVarId
bool isConLike(Tok t);   // ConId or QConId
bool isSymLike(Tok t);   // VarSym/ConSym/QVarSym/QConSym, or ':' (a consym)

}  // namespace core
