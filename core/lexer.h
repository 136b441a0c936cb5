// The lexer: Haskell 2010 lexical syntax (report chapter 2) over UTF-8 text.
//
// It produces one token per call (the source is never tokenised up front, so
// a huge input costs memory only as far as the parser reads it). Comments,
// whitespace and unknown pragmas are skipped; {-# SCC #-} and INLINE pragmas
// become tokens. Layout is *not* done here: see core/layout.h.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/source_file.h"
#include "core/token.h"

namespace core {

class Lexer {
 public:
  explicit Lexer(const SourceFile& file);

  // The next token, Tok::Eof at the end (and forever after).
  // Throws SyntaxError on a lexical error.
  Token next();

 private:
  char32_t peekChar(size_t ahead = 0) const;  // 0 at end of input
  void advance();                             // one code point
  SrcLoc loc() const { return SrcLoc{line_, col_}; }
  SrcSpan spanFrom(SrcLoc start) const { return SrcSpan{file_.id, start, loc()}; }
  [[noreturn]] void fail(SrcLoc at, std::string message, std::vector<std::string> notes = {});
  // "lexical error in string/character literal at ..." with a note saying
  // what was expected there.
  [[noreturn]] void failLiteral(SrcLoc at, const char* expected);

  void skipWhitespaceAndComments();
  void skipBlockComment();           // at "{-"
  bool lexPragma(Token& tok);        // at "{-#"; false if it was skipped
  void lexIdentOrQualified(Token& tok);
  void lexSymbol(Token& tok);
  void lexNumber(Token& tok);
  void lexChar(Token& tok);
  void lexString(Token& tok);
  // Reads one escape after the backslash; returns false for "\&" (strings only).
  bool lexEscape(char32_t& out, bool inString);

  const SourceFile& file_;
  std::string_view src_;
  size_t pos_ = 0;
  uint32_t line_ = 1, col_ = 1;
  uint32_t lastTokenLine_ = 0;
  bool inPragma_ = false;  // inside {-# INLINE ... #-}
};

// Lexes a whole file (for tests and tools). On a lexical error, reports it to
// `sink` and returns the tokens before it.
std::vector<Token> lexAll(const SourceFile& file, DiagnosticSink& sink);

// Character classes of the report, section 2.2 (ASCII plus see Note [Unicode
// identifiers] in lexer.cpp).
bool isSymbolChar(char32_t c);
bool isIdentStart(char32_t c);
bool isIdentChar(char32_t c);

}  // namespace core
