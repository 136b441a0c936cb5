#include "core/lexer.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "core/syntax_error.h"
#include "core/utf8.h"

namespace core {

// Note [Unicode identifiers]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~
// The report classifies non-ASCII characters by Unicode category. We keep no
// Unicode tables yet: letters of the Latin-1 supplement, Latin Extended, Greek
// and Cyrillic blocks count as lower-case letters (so `café` and `λx` are
// identifiers); a handful of common mathematical symbols count as symbols.
// Any other non-ASCII character outside comments, strings and characters is a
// lexical error, never silently accepted.

namespace {

bool isAsciiSymbol(char32_t c) {
  switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '*': case '+': case '.':
    case '/': case '<': case '=': case '>': case '?': case '@': case '\\': case '^':
    case '|': case '-': case '~': case ':':
      return true;
    default:
      return false;
  }
}

bool isUnicodeLetter(char32_t c) {
  return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x370 && c <= 0x3FF) ||
         (c >= 0x400 && c <= 0x4FF);
}

bool isUnicodeSymbol(char32_t c) {
  return (c >= 0x2190 && c <= 0x22FF) || c == 0xD7 || c == 0xF7 || c == 0xAC || c == 0xB1;
}

bool isWhite(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0;
}

bool isDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool isOctDigit(char32_t c) { return c >= '0' && c <= '7'; }
bool isHexDigit(char32_t c) {
  return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool isUpper(char32_t c) { return c >= 'A' && c <= 'Z'; }

int digitValue(char32_t c) {
  if (isDigit(c)) return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  return static_cast<int>(c - 'A' + 10);
}

const absl::flat_hash_map<std::string_view, Tok>& reservedIds() {
  static const auto* m = new absl::flat_hash_map<std::string_view, Tok>{
#define LZ_X(e, s) {s, Tok::e},
      LZ_RESERVED_IDS(LZ_X)
#undef LZ_X
  };
  return *m;
}

const absl::flat_hash_map<std::string_view, Tok>& reservedOps() {
  static const auto* m = new absl::flat_hash_map<std::string_view, Tok>{
#define LZ_X(e, s) {s, Tok::e},
      LZ_RESERVED_OPS(LZ_X)
#undef LZ_X
  };
  return *m;
}

// How GHC shows a character in "at character '...'": printable ASCII as is,
// everything else as a Haskell escape.
std::string showChar(char32_t c) {
  static const char* const kNames[] = {
      "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "a",   "b",   "t",  "n",
      "v",   "f",   "r",   "SO",  "SI",  "DLE", "DC1", "DC2", "DC3", "DC4", "NAK",
      "SYN", "ETB", "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};
  if (c == kBadUtf8) return "'\\65533'";
  if (c < 0x20) return absl::StrCat("'\\", kNames[c], "'");
  if (c == 0x7f) return "'\\DEL'";
  if (c == '\'') return "'\\''";
  if (c == '\\') return "'\\\\'";
  if (c < 0x7f) return absl::StrCat("'", std::string(1, static_cast<char>(c)), "'");
  return absl::StrCat("'\\", static_cast<uint32_t>(c), "'");
}

struct AsciiName {
  std::string_view name;
  char32_t code;
};
// Longest names first where one is a prefix of another (SOH before SO).
constexpr AsciiName kAsciiNames[] = {
    {"NUL", 0},   {"SOH", 1},   {"STX", 2},   {"ETX", 3},   {"EOT", 4},   {"ENQ", 5},
    {"ACK", 6},   {"BEL", 7},   {"BS", 8},    {"HT", 9},    {"LF", 10},   {"VT", 11},
    {"FF", 12},   {"CR", 13},   {"SO", 14},   {"SI", 15},   {"DLE", 16},  {"DC1", 17},
    {"DC2", 18},  {"DC3", 19},  {"DC4", 20},  {"NAK", 21},  {"SYN", 22},  {"ETB", 23},
    {"CAN", 24},  {"EM", 25},   {"SUB", 26},  {"ESC", 27},  {"FS", 28},   {"GS", 29},
    {"RS", 30},   {"US", 31},   {"SP", 32},   {"DEL", 127},
};

constexpr const char* kEscapeHint =
    "an escape: \\n \\t \\\\ \\\" \\' \\& (in strings), a code (\\65 \\x41 \\o101), "
    "\\^A, or an ASCII name (\\NUL \\ESC \\DEL ...)";

}  // namespace

bool isSymbolChar(char32_t c) { return c < 0x80 ? isAsciiSymbol(c) : isUnicodeSymbol(c); }
bool isIdentStart(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || isUnicodeLetter(c);
}
bool isIdentChar(char32_t c) { return isIdentStart(c) || isDigit(c) || c == '\''; }

Lexer::Lexer(const SourceFile& file) : file_(file), src_(file.text) {
  // A "#!" first line (a script) is ignored, as GHC does.
  if (src_.substr(0, 2) == "#!") {
    while (pos_ < src_.size() && src_[pos_] != '\n') ++pos_;
  }
}

char32_t Lexer::peekChar(size_t ahead) const {
  size_t i = pos_;
  for (;;) {
    if (i >= src_.size()) return 0;
    char32_t c = decodeUtf8(src_, i);
    if (ahead == 0) return c;
    --ahead;
  }
}

void Lexer::advance() {
  if (pos_ >= src_.size()) return;
  char32_t c = decodeUtf8(src_, pos_);
  if (c == '\n') {
    ++line_;
    col_ = 1;
  } else if (c == '\t') {
    col_ = ((col_ - 1) / 8 + 1) * 8 + 1;
  } else {
    ++col_;
  }
}

void Lexer::fail(SrcLoc at, std::string message, std::vector<std::string> notes) {
  SrcLoc end{at.line, at.col + 1};
  throw SyntaxError{SrcSpan{file_.id, at, end}, std::move(message), std::move(notes)};
}

void Lexer::failLiteral(SrcLoc at, const char* expected) {
  std::vector<std::string> notes{absl::StrCat("expected ", expected)};
  if (pos_ >= src_.size())
    fail(at, "lexical error in string/character literal at end of input", std::move(notes));
  fail(at, absl::StrCat("lexical error in string/character literal at character ",
                        showChar(peekChar())), std::move(notes));
}

void Lexer::skipBlockComment() {
  SrcLoc start = loc();
  advance();  // {
  advance();  // -
  int depth = 1;
  while (depth > 0) {
    if (pos_ >= src_.size())
      fail(start, "unterminated `{-'", {"expected the comment to be closed by -}"});
    char32_t c = peekChar();
    if (c == '{' && peekChar(1) == '-') {
      advance(); advance(); ++depth;
    } else if (c == '-' && peekChar(1) == '}') {
      advance(); advance(); --depth;
    } else {
      advance();
    }
  }
}

void Lexer::skipWhitespaceAndComments() {
  for (;;) {
    char32_t c = peekChar();
    if (pos_ >= src_.size()) return;
    if (isWhite(c)) {
      advance();
    } else if (c == '-' && peekChar(1) == '-') {
      // "--" followed by more dashes and then a non-symbol starts a comment;
      // "-->" or "--|" is an operator (report section 2.3).
      size_t k = pos_ + 2;  // dashes are ASCII: scan bytes (linear in the run)
      while (k < src_.size() && src_[k] == '-') ++k;
      char32_t after = k < src_.size() ? decodeUtf8(src_, k) : 0;
      if (after != 0 && isSymbolChar(after)) return;
      while (pos_ < src_.size() && peekChar() != '\n') advance();
    } else if (c == '{' && peekChar(1) == '-' && peekChar(2) != '#') {
      skipBlockComment();
    } else {
      return;
    }
  }
}

bool Lexer::lexPragma(Token& tok) {
  SrcLoc start = loc();
  size_t startPos = pos_;
  advance(); advance(); advance();  // {-#
  while (pos_ < src_.size() && isWhite(peekChar())) advance();
  size_t wordStart = pos_;
  while (pos_ < src_.size() && (isIdentChar(peekChar()) || peekChar() == '_')) advance();
  std::string word(src_.substr(wordStart, pos_ - wordStart));
  absl::AsciiStrToUpper(&word);
  auto skipToEnd = [&] {
    for (;;) {
      if (pos_ >= src_.size())
        fail(start, "unterminated `{-'", {"expected the pragma to be closed by #-}"});
      if (peekChar() == '#' && peekChar(1) == '-' && peekChar(2) == '}') {
        advance(); advance(); advance();
        return;
      }
      advance();
    }
  };
  if (word == "SCC") {
    while (pos_ < src_.size() && isWhite(peekChar())) advance();
    if (peekChar() == '"') {
      Token s;
      lexString(s);
      tok.value = s.value;
    } else if (isIdentStart(peekChar())) {
      size_t n = pos_;
      while (pos_ < src_.size() && isIdentChar(peekChar())) advance();
      tok.value = std::string(src_.substr(n, pos_ - n));
    } else {
      fail(loc(), "parse error in SCC pragma", {"expected a cost-centre name (a string)"});
    }
    while (pos_ < src_.size() && isWhite(peekChar())) advance();
    if (!(peekChar() == '#' && peekChar(1) == '-' && peekChar(2) == '}'))
      fail(loc(), "parse error in SCC pragma", {"expected #-} after the cost-centre name"});
    advance(); advance(); advance();
    tok.kind = Tok::PragmaScc;
  } else if (word == "INLINE" || word == "NOINLINE" || word == "INLINABLE" ||
             word == "INLINEABLE") {
    tok.kind = Tok::PragmaInline;
    tok.value = word;
    inPragma_ = true;
  } else {
    skipToEnd();  // unknown or not-yet-meaningful pragma: ignored
    return false;
  }
  tok.span = spanFrom(start);
  tok.text = src_.substr(startPos, pos_ - startPos);
  return true;
}

void Lexer::lexIdentOrQualified(Token& tok) {
  size_t start = pos_;
  SrcLoc startLoc = loc();
  auto readIdent = [&] {
    while (pos_ < src_.size() && isIdentChar(peekChar())) advance();
  };
  if (!isUpper(peekChar())) {
    readIdent();
    std::string_view word = src_.substr(start, pos_ - start);
    auto it = reservedIds().find(word);
    tok.kind = it != reservedIds().end() ? it->second : Tok::VarId;
    tok.value = std::string(word);
  } else {
    // conid { . conid } [ . (varid | conid | sym) ]
    readIdent();
    size_t lastConStart = start;
    for (;;) {
      if (peekChar() != '.') break;
      char32_t after = peekChar(1);
      if (isUpper(after)) {
        // Save state: M.N continues the qualifier.
        advance();
        lastConStart = pos_;
        readIdent();
        continue;
      }
      size_t savePos = pos_;
      uint32_t saveLine = line_, saveCol = col_;
      if (isIdentStart(after) && !isUpper(after)) {
        advance();
        size_t nameStart = pos_;
        readIdent();
        std::string_view name = src_.substr(nameStart, pos_ - nameStart);
        if (reservedIds().contains(name)) {  // M.where: not a qualified name
          pos_ = savePos; line_ = saveLine; col_ = saveCol;
          break;
        }
        tok.kind = Tok::QVarId;
        tok.qual = src_.substr(start, savePos - start);
        tok.value = std::string(name);
        tok.text = src_.substr(start, pos_ - start);
        tok.span = spanFrom(startLoc);
        return;
      }
      if (isSymbolChar(after)) {
        advance();
        size_t symStart = pos_;
        while (pos_ < src_.size() && isSymbolChar(peekChar())) advance();
        std::string_view sym = src_.substr(symStart, pos_ - symStart);
        bool dashes = sym.size() >= 2 && sym.find_first_not_of('-') == std::string_view::npos;
        if ((reservedOps().contains(sym) && sym != ":") || dashes) {
          pos_ = savePos; line_ = saveLine; col_ = saveCol;
          break;
        }
        tok.kind = sym[0] == ':' ? Tok::QConSym : Tok::QVarSym;
        tok.qual = src_.substr(start, savePos - start);
        tok.value = std::string(sym);
        tok.text = src_.substr(start, pos_ - start);
        tok.span = spanFrom(startLoc);
        return;
      }
      break;
    }
    if (lastConStart == start) {
      tok.kind = Tok::ConId;
      tok.value = std::string(src_.substr(start, pos_ - start));
    } else {
      tok.kind = Tok::QConId;
      tok.qual = src_.substr(start, lastConStart - 1 - start);
      tok.value = std::string(src_.substr(lastConStart, pos_ - lastConStart));
    }
  }
  tok.text = src_.substr(start, pos_ - start);
  tok.span = spanFrom(startLoc);
}

void Lexer::lexSymbol(Token& tok) {
  size_t start = pos_;
  SrcLoc startLoc = loc();
  while (pos_ < src_.size() && isSymbolChar(peekChar())) advance();
  std::string_view sym = src_.substr(start, pos_ - start);
  auto it = reservedOps().find(sym);
  if (it != reservedOps().end()) {
    tok.kind = it->second;
  } else {
    tok.kind = sym[0] == ':' ? Tok::ConSym : Tok::VarSym;
  }
  tok.value = std::string(sym);
  tok.text = sym;
  tok.span = spanFrom(startLoc);
}

void Lexer::lexNumber(Token& tok) {
  size_t start = pos_;
  SrcLoc startLoc = loc();
  tok.kind = Tok::Integer;
  char32_t c1 = peekChar(1);
  if (peekChar() == '0' && (c1 == 'x' || c1 == 'X') && isHexDigit(peekChar(2))) {
    advance(); advance();
    while (isHexDigit(peekChar())) advance();
  } else if (peekChar() == '0' && (c1 == 'o' || c1 == 'O') && isOctDigit(peekChar(2))) {
    advance(); advance();
    while (isOctDigit(peekChar())) advance();
  } else {
    while (isDigit(peekChar())) advance();
    if (peekChar() == '.' && isDigit(peekChar(1))) {
      tok.kind = Tok::Float;
      advance();
      while (isDigit(peekChar())) advance();
    }
    char32_t e = peekChar();
    if (e == 'e' || e == 'E') {
      char32_t s = peekChar(1);
      if (isDigit(s) || ((s == '+' || s == '-') && isDigit(peekChar(2)))) {
        tok.kind = Tok::Float;
        advance();
        if (s == '+' || s == '-') advance();
        while (isDigit(peekChar())) advance();
      }
    }
  }
  tok.text = src_.substr(start, pos_ - start);
  tok.value = std::string(tok.text);
  tok.span = spanFrom(startLoc);
}

bool Lexer::lexEscape(char32_t& out, bool inString) {
  char32_t c = peekChar();
  auto simple = [&](char32_t v) { advance(); out = v; return true; };
  switch (c) {
    case 'a': return simple(7);
    case 'b': return simple(8);
    case 'f': return simple(12);
    case 'n': return simple(10);
    case 'r': return simple(13);
    case 't': return simple(9);
    case 'v': return simple(11);
    case '\\': return simple('\\');
    case '"': return simple('"');
    case '\'': return simple('\'');
    case '&':
      if (!inString) break;
      advance();
      return false;
    case '^': {
      char32_t k = peekChar(1);
      if (k >= '@' && k <= '_') {
        advance(); advance();
        out = k - '@';
        return true;
      }
      advance();
      failLiteral(loc(), "a control character after \\^, from \\^@ to \\^_ (such as \\^A)");
    }
    default:
      break;
  }
  if (isDigit(c) || c == 'o' || c == 'x') {
    int base = 10;
    if (c == 'o') { base = 8; advance(); }
    if (c == 'x') { base = 16; advance(); }
    auto ok = [&](char32_t d) {
      return base == 10 ? isDigit(d) : base == 8 ? isOctDigit(d) : isHexDigit(d);
    };
    if (!ok(peekChar())) {
      failLiteral(loc(), base == 16 ? "hexadecimal digits after \\x"
                         : base == 8 ? "octal digits after \\o" : "decimal digits");
    }
    uint64_t v = 0;
    while (ok(peekChar())) {
      v = v * base + digitValue(peekChar());
      if (v > 0x10FFFF) {
        fail(loc(), "numeric escape sequence out of range at character " + showChar(peekChar()),
             {"a character code must be at most 0x10FFFF (1114111)"});
      }
      advance();
    }
    out = static_cast<char32_t>(v);
    return true;
  }
  if (isUpper(c)) {
    for (const AsciiName& n : kAsciiNames) {
      if (src_.substr(pos_, n.name.size()) == n.name) {
        // SO vs SOH: the table lists SOH first, so the longest match wins.
        for (size_t k = 0; k < n.name.size(); ++k) advance();
        out = n.code;
        return true;
      }
    }
  }
  failLiteral(loc(), kEscapeHint);
}

void Lexer::lexChar(Token& tok) {
  size_t start = pos_;
  SrcLoc startLoc = loc();
  advance();  // '
  char32_t c = peekChar();
  if (c == '\'' && pos_ < src_.size())
    fail(startLoc, "Parser error on `''`", {"Character literals may not be empty"});
  if (pos_ >= src_.size() || c == '\n') failLiteral(loc(), "a character and a closing '");
  if (c == '\\') {
    advance();
    lexEscape(tok.charValue, /*inString=*/false);
  } else {
    if (c == kBadUtf8) fail(loc(), "lexical error: invalid UTF-8 byte in character literal");
    tok.charValue = c;
    advance();
  }
  if (peekChar() != '\'' || pos_ >= src_.size())
    fail(startLoc, "lexical error in character literal: missing closing quote",
         {"a character literal holds exactly one character, such as 'a' or '\\n'"});
  advance();
  tok.kind = Tok::Char;
  tok.text = src_.substr(start, pos_ - start);
  tok.span = spanFrom(startLoc);
}

void Lexer::lexString(Token& tok) {
  size_t start = pos_;
  SrcLoc startLoc = loc();
  advance();  // "
  std::string value;
  for (;;) {
    if (pos_ >= src_.size()) failLiteral(loc(), "a closing \" before the end of the input");
    char32_t c = peekChar();
    if (c == '"') { advance(); break; }
    if (c == '\n') {
      failLiteral(loc(), "a closing \" before the end of the line "
                         "(a string gap \\ ... \\ continues a string on the next line)");
    }
    if (c == '\\') {
      advance();
      if (isWhite(peekChar())) {  // string gap: \ whitespace \ .
        while (pos_ < src_.size() && isWhite(peekChar())) advance();
        if (peekChar() != '\\' || pos_ >= src_.size()) failLiteral(loc(), "\\ to close the string gap");
        advance();
        continue;
      }
      char32_t v;
      if (lexEscape(v, /*inString=*/true)) appendUtf8(value, v);
      continue;
    }
    if (c == kBadUtf8) fail(loc(), "lexical error: invalid UTF-8 byte in string literal");
    appendUtf8(value, c);
    advance();
  }
  tok.kind = Tok::String;
  tok.value = std::move(value);
  tok.text = src_.substr(start, pos_ - start);
  tok.span = spanFrom(startLoc);
}

Token Lexer::next() {
  Token tok;
  for (;;) {
    skipWhitespaceAndComments();
    if (pos_ >= src_.size()) {
      tok.kind = Tok::Eof;
      tok.span = spanFrom(loc());
      return tok;
    }
    if (peekChar() == '{' && peekChar(1) == '-' && peekChar(2) == '#') {
      SrcLoc at = loc();
      if (!lexPragma(tok)) continue;
      tok.firstOnLine = at.line != lastTokenLine_;
      lastTokenLine_ = line_;
      return tok;
    }
    break;
  }
  SrcLoc startLoc = loc();
  size_t start = pos_;
  char32_t c = peekChar();
  if (inPragma_ && c == '#' && peekChar(1) == '-' && peekChar(2) == '}') {
    advance(); advance(); advance();
    inPragma_ = false;
    tok.kind = Tok::PragmaEnd;
    tok.text = src_.substr(start, 3);
    tok.span = spanFrom(startLoc);
  } else if (isIdentStart(c)) {
    lexIdentOrQualified(tok);
  } else if (isDigit(c)) {
    lexNumber(tok);
  } else if (c == '\'') {
    lexChar(tok);
  } else if (c == '"') {
    lexString(tok);
  } else if (isSymbolChar(c)) {
    lexSymbol(tok);
  } else {
    Tok k;
    switch (c) {
      case '(': k = Tok::LParen; break;
      case ')': k = Tok::RParen; break;
      case ',': k = Tok::Comma; break;
      case ';': k = Tok::Semi; break;
      case '[': k = Tok::LBracket; break;
      case ']': k = Tok::RBracket; break;
      case '`': k = Tok::Backquote; break;
      case '{': k = Tok::LBrace; break;
      case '}': k = Tok::RBrace; break;
      default:
        fail(startLoc, absl::StrCat("lexical error at character ", showChar(c)),
             {c == kBadUtf8 ? "expected UTF-8 text: this byte starts no valid UTF-8 sequence"
                            : "expected a token: this character cannot start one"});
    }
    advance();
    tok.kind = k;
    tok.text = src_.substr(start, pos_ - start);
    tok.span = spanFrom(startLoc);
  }
  tok.firstOnLine = startLoc.line != lastTokenLine_;
  lastTokenLine_ = tok.span.end.line;
  return tok;
}

std::vector<Token> lexAll(const SourceFile& file, DiagnosticSink& sink) {
  std::vector<Token> out;
  Lexer lx(file);
  try {
    for (;;) {
      out.push_back(lx.next());
      if (out.back().kind == Tok::Eof) break;
    }
  } catch (const SyntaxError& e) {
    sink.error(e.span, e.message, e.notes);
  }
  return out;
}

}  // namespace core
