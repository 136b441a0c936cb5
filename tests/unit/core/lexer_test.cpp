#include <catch2/catch.hpp>

#include "../test_util.h"

using core::Tok;

namespace {

std::vector<core::Token> lex(const std::string& s, std::string* error = nullptr) {
  core::DiagnosticSink sink;
  std::vector<core::Token> toks = core::lexAll(lztest::file(s), sink);
  if (error != nullptr) {
    *error = sink.hasErrors()
                 ? std::to_string(sink.diagnostics()[0].span.start.line) + ":" +
                       std::to_string(sink.diagnostics()[0].span.start.col) + " " +
                       sink.diagnostics()[0].message
                 : "";
  }
  return toks;
}

std::vector<Tok> kinds(const std::string& s) {
  std::vector<Tok> out;
  for (const auto& t : lex(s)) out.push_back(t.kind);
  return out;
}

std::string lexError(const std::string& s) {
  std::string e;
  lex(s, &e);
  return e;
}

}  // namespace

TEST_CASE("identifiers, keywords and qualified names", "[core][lexer]") {
  CHECK(kinds("x Foo M.x M.N.Foo where _ x'") ==
        std::vector<Tok>{Tok::VarId, Tok::ConId, Tok::QVarId, Tok::QConId, Tok::KwWhere,
                         Tok::Underscore, Tok::VarId, Tok::Eof});
  auto t = lex("Data.Map.lookup");
  CHECK(t[0].qual == "Data.Map");
  CHECK(t[0].value == "lookup");
  // M.where is not a qualified name (report 2.4), F.. is the qualified '.'.
  CHECK(kinds("M.where") == std::vector<Tok>{Tok::ConId, Tok::VarSym, Tok::KwWhere, Tok::Eof});
  CHECK(kinds("F..") == std::vector<Tok>{Tok::QVarSym, Tok::Eof});
  CHECK(kinds("f.g") == std::vector<Tok>{Tok::VarId, Tok::VarSym, Tok::VarId, Tok::Eof});
  CHECK(kinds("M.+ M.:+") == std::vector<Tok>{Tok::QVarSym, Tok::QConSym, Tok::Eof});
}

TEST_CASE("operators, reserved operators and comments", "[core][lexer]") {
  CHECK(kinds("-> <- => :: = | \\ @ ~ .. :") ==
        std::vector<Tok>{Tok::RightArrow, Tok::LeftArrow, Tok::DoubleArrow, Tok::DoubleColon,
                         Tok::Equals, Tok::Bar, Tok::Backslash, Tok::At, Tok::Tilde, Tok::DotDot,
                         Tok::Colon, Tok::Eof});
  // "--" then a non-symbol starts a comment; "-->" and "--|" are operators.
  CHECK(kinds("a -- comment\nb") == std::vector<Tok>{Tok::VarId, Tok::VarId, Tok::Eof});
  CHECK(kinds("a --- more\nb") == std::vector<Tok>{Tok::VarId, Tok::VarId, Tok::Eof});
  CHECK(kinds("a --> b") == std::vector<Tok>{Tok::VarId, Tok::VarSym, Tok::VarId, Tok::Eof});
  CHECK(kinds("a --| b") == std::vector<Tok>{Tok::VarId, Tok::VarSym, Tok::VarId, Tok::Eof});
  CHECK(kinds("a {- x {- nested -} y -} b") == std::vector<Tok>{Tok::VarId, Tok::VarId, Tok::Eof});
  CHECK(kinds(":+ :") == std::vector<Tok>{Tok::ConSym, Tok::Colon, Tok::Eof});
}

TEST_CASE("numeric literals", "[core][lexer]") {
  auto t = lex("42 0x1F 0O17 3.25 1e3 2.5e-2 1E+2 1. 0xg");
  CHECK(t[0].kind == Tok::Integer);
  CHECK(t[1].kind == Tok::Integer);
  CHECK(t[1].text == "0x1F");
  CHECK(t[2].text == "0O17");
  CHECK(t[3].kind == Tok::Float);
  CHECK(t[4].kind == Tok::Float);
  CHECK(t[5].text == "2.5e-2");
  CHECK(t[6].text == "1E+2");
  CHECK(t[7].text == "1");  // "1." is 1 then the operator .
  CHECK(t[8].kind == Tok::VarSym);
  CHECK(t[9].text == "0");  // 0xg is 0 then xg
  CHECK(t[10].text == "xg");
}

TEST_CASE("character and string escapes", "[core][lexer]") {
  auto t = lex(R"('a' '\n' '\t' '\\' '\'' '\65' '\x41' '\o101' '\^A' '\NUL' '\SOH' '\SO' '\DEL')");
  std::vector<char32_t> want{'a', '\n', '\t', '\\', '\'', 'A', 'A', 'A', 1, 0, 1, 14, 127};
  for (size_t i = 0; i < want.size(); ++i) {
    INFO(i);
    CHECK(t[i].kind == Tok::Char);
    CHECK(t[i].charValue == want[i]);
  }
  auto s = lex(R"("a\tb\\c\"d\65\&5\x41\SO\&H")");
  CHECK(s[0].value == "a\tb\\c\"dA5A\x0eH");
  auto gap = lex("\"abc\\   \n   \\def\"");
  CHECK(gap[0].value == "abcdef");
  auto u = lex("\"caf\xc3\xa9\"");
  CHECK(u[0].value == "caf\xc3\xa9");
}

TEST_CASE("lexical errors are reported at GHC's positions", "[core][lexer]") {
  CHECK(lexError("x = \"abc") == "1:9 lexical error in string/character literal at end of input");
  CHECK(lexError("x = \"ab\ncd\"") == "1:8 lexical error in string/character literal at character '\\n'");
  CHECK(lexError("x = \"a\\qb\"") == "1:8 lexical error in string/character literal at character 'q'");
  CHECK(lexError("x = '\\1114112'") == "1:13 numeric escape sequence out of range at character '2'");
  CHECK(lexError("x = ''") == "1:5 Parser error on `''`");
  CHECK(lexError("x {- {- -}") == "1:3 unterminated `{-'");
  CHECK(lexError("x = \x01") == "1:5 lexical error at character '\\SOH'");
  CHECK(lexError("x = \"a\\   b\"") == "1:11 lexical error in string/character literal at character 'b'");
}

TEST_CASE("columns count code points and expand tabs to multiples of 8", "[core][lexer]") {
  auto t = lex("\tx \xce\xbb y");
  CHECK(t[0].span.start.col == 9);
  CHECK(t[1].span.start.col == 11);  // lambda letter: one column
  CHECK(t[2].span.start.col == 13);
  auto u = lex("ab\tc");
  CHECK(u[0].span.end.col == 3);
  CHECK(u[1].span.start.col == 9);
}

TEST_CASE("pragmas: SCC and INLINE become tokens, others are ignored", "[core][lexer]") {
  auto t = lex("{-# SCC \"my cc\" #-} f {-# LANGUAGE Haskell2010 #-} {-# INLINE g #-}");
  CHECK(t[0].kind == Tok::PragmaScc);
  CHECK(t[0].value == "my cc");
  CHECK(t[1].kind == Tok::VarId);
  CHECK(t[2].kind == Tok::PragmaInline);
  CHECK(t[3].kind == Tok::VarId);
  CHECK(t[4].kind == Tok::PragmaEnd);
  CHECK(lexError("{-# OPTIONS x") == "1:1 unterminated `{-'");
}

TEST_CASE("first-on-line marks drive layout", "[core][lexer]") {
  auto t = lex("a b\n  c {- x\n -} d\ne");
  CHECK(t[0].firstOnLine);
  CHECK_FALSE(t[1].firstOnLine);
  CHECK(t[2].firstOnLine);
  CHECK(t[3].firstOnLine);  // the comment is not a token
  CHECK(t[4].firstOnLine);
}
