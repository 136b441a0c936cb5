// The parser: tokens (after layout) to the AST of core/ast.h, for the whole
// language of DESIGN.md section 3.
//
// Note [Parser errors]
// ~~~~~~~~~~~~~~~~~~~~
// Like GHC, we stop at the first syntax error: after one, the layout contexts
// are unreliable and further messages are mostly noise. Internally the lexer,
// layout and parser throw core::SyntaxError; the entry points below catch it
// and report one Diagnostic, so nothing outside core/ sees an exception. The
// message starts as GHC's does ("parse error on input ‘)’", "parse error
// (possibly incorrect indentation or mismatched brackets)") and a note says
// what was expected there.
//
// Note [Nesting limit]
// ~~~~~~~~~~~~~~~~~~~~
// The parser is recursive descent, so nesting depth costs C++ stack. Inputs
// nested deeper than kMaxNesting levels (parentheses, brackets, blocks, ...)
// get a clear error instead of a stack overflow, and so do inputs whose
// nesting uses more than half the thread's stack (core/stack_budget.h; this
// is what bounds sanitizer builds, whose frames are larger). core/fixity.h
// bounds the depth of resolved operator chains the same way. No real program
// comes near these bounds.
#pragma once

#include <string_view>

#include "core/ast.h"
#include "core/diagnostic.h"
#include "core/source_file.h"

namespace core {

inline constexpr int kMaxNesting = 1000;

// Parses a module. Returns nullptr after reporting the first syntax error to
// `sink`. Infix expressions are left unresolved: run core/fixity.h next.
Module* parseModule(const SourceFile& file, AstArena& arena, DiagnosticSink& sink);

// Parses a single expression filling the whole file (used by tests and, later,
// by the interactive session). Returns nullptr after reporting an error.
Expr* parseExpression(const SourceFile& file, AstArena& arena, DiagnosticSink& sink);

// Parses a whole module *file* (a .lhs file is unlit first) and, unless told
// otherwise, resolves fixities with core/fixity.h's bootstrap table (the
// renamer resolves them itself, with imported fixities).
Module* parseFile(const SourceFile& file, AstArena& arena, DiagnosticSink& sink,
                  bool resolveFixity = true);

}  // namespace core
