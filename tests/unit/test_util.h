// Helpers shared by the unit tests of core/.
#pragma once

#include <string>
#include <vector>

#include "core/ast.h"
#include "core/ast_printer.h"
#include "core/diagnostic.h"
#include "core/fixity.h"
#include "core/layout.h"
#include "core/lexer.h"
#include "core/parser.h"
#include "core/source_file.h"
#include "core/syntax_error.h"

namespace lztest {

// Registers `text` as a file named `name` (spans render with that name).
inline const core::SourceFile& file(const std::string& text, const std::string& name = "T.hs") {
  return core::addSourceFile(name, text);
}

// The tokens after layout, each rendered as its text, or {, ;, } for the
// virtual ones written as "{*", ";*", "}*".
inline std::string layoutTokens(const std::string& text, bool moduleStart = true) {
  const core::SourceFile& f = file(text);
  core::Lexer lx(f);
  core::Layout lay(lx);
  if (moduleStart && lay.peek().kind != core::Tok::KwModule && lay.peek().kind != core::Tok::LBrace)
    lay.openImplicitHere();
  std::string out;
  for (int i = 0; i < 10000; ++i) {
    core::Token t = lay.take();
    if (t.kind == core::Tok::Eof) break;
    if (!out.empty()) out += ' ';
    switch (t.kind) {
      case core::Tok::VLBrace: out += "{*"; break;
      case core::Tok::VRBrace: out += "}*"; break;
      case core::Tok::VSemi: out += ";*"; break;
      default: out += std::string(t.text);
    }
  }
  return out;
}

// Parses a module; returns its dump, or "error: L:C message" for the first
// diagnostic.
inline std::string parse(const std::string& text, const std::string& name = "T.hs") {
  const core::SourceFile& f = file(text, name);
  static core::AstArena* arena = new core::AstArena;  // tests never free ASTs
  core::DiagnosticSink sink;
  core::Module* m = core::parseFile(f, *arena, sink);
  if (m == nullptr) {
    const core::Diagnostic& d = sink.diagnostics().at(0);
    return "error: " + std::to_string(d.span.start.line) + ":" + std::to_string(d.span.start.col) +
           " " + d.message;
  }
  return core::dumpModule(*m);
}

// Parses and resolves one expression; returns its dump or "error: ...".
inline std::string expr(const std::string& text) {
  const core::SourceFile& f = file(text);
  static core::AstArena* arena = new core::AstArena;
  core::DiagnosticSink sink;
  core::Expr* e = core::parseExpression(f, *arena, sink);
  if (e != nullptr) e = core::resolveExprFixities(e, *arena, sink);
  if (e == nullptr) {
    const core::Diagnostic& d = sink.diagnostics().at(0);
    return "error: " + std::to_string(d.span.start.line) + ":" + std::to_string(d.span.start.col) +
           " " + d.message;
  }
  return core::dumpExpr(*e);
}

}  // namespace lztest
