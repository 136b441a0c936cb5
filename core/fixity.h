// Fixity resolution: rewrites the parser's flat infix sequences into binary
// operator applications (Haskell 2010 report, section 10.6).
//
// Note [Fixity resolution]
// ~~~~~~~~~~~~~~~~~~~~~~~~
// The parser cannot know the fixity of an operator that is declared later in
// the module or imported, so it leaves `a + b * c` as the flat sequence
// [a, +, b, *, c] (Expr::Kind::Infix, Pat::Kind::Infix). This pass resolves
// each sequence with the report's rules: higher precedence binds tighter;
// equal precedence needs the same associativity (not infix) or it is an error
// ("cannot mix"); prefix minus has precedence 6 and may not follow an operator
// of precedence 6 or more. It is iterative (operator-precedence parsing with
// explicit stacks), so a chain of a million operators cannot overflow the C++
// stack, and it rejects resolved trees deeper than kMaxResolvedDepth.
//
// Until the renamer exists (it will supply imported fixities), the fixities
// in scope are: the Prelude's (those of the Haskell 2010 report and today's
// base for <$>, <*> and friends), the module's top-level fixity declarations,
// and the fixity declarations of enclosing let/where blocks. Operators with no
// declaration are infixl 9. A locally bound operator that shadows a Prelude
// one without its own declaration keeps the Prelude fixity here; the renamer
// will correct that case.
#pragma once

#include <string>
#include <vector>

#include "core/ast.h"
#include "core/diagnostic.h"

namespace core {

inline constexpr int kMaxResolvedDepth = 3000;

struct Fixity {
  Decl::Assoc assoc = Decl::Assoc::Left;
  int precedence = 9;
};

// Fixity of a Prelude operator, or nullptr if it has none of its own.
const Fixity* preludeFixity(std::string_view op);

// Renders "infixl 6", as in GHC's "cannot mix" message.
std::string renderFixity(const Fixity& f);

// Resolves every infix sequence in the module in place. Reports the first
// error ("Precedence parsing error") to `sink` and returns false.
bool resolveFixities(Module& m, AstArena& arena, DiagnosticSink& sink);

// The same after renaming: each operator's fixity is its entity's (Name::ref;
// see Note [Renaming]), so imported and local declarations both count.
bool resolveFixitiesWithEntities(Module& m, AstArena& arena, DiagnosticSink& sink);

Expr* resolveExprFixitiesWithEntities(Expr* e, AstArena& arena, DiagnosticSink& sink);

// Resolves infix sequences of a standalone expression (Prelude fixities).
Expr* resolveExprFixities(Expr* e, AstArena& arena, DiagnosticSink& sink);

}  // namespace core
