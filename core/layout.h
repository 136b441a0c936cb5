// The layout algorithm of the Haskell 2010 report, section 10.3, run lazily
// between the lexer and the parser (see Note [Layout as a token filter]).
#pragma once

#include <vector>

#include "core/lexer.h"
#include "core/token.h"

namespace core {

// Note [Layout as a token filter]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// The report defines layout as a function L over the token stream annotated
// with {n} (after let/where/do/of when no '{' follows, and before the first
// token of a module without a header) and <n> (before the first token of each
// line). We compute L one token at a time, keeping:
//   * the context stack (0 for an explicit '{', n > 0 for an implicit block);
//   * the pending raw token and whether its <n> has been processed yet.
// Each call produces at most one virtual token, so the parser can intervene
// between any two tokens. That is what the parse-error(t) rule needs: when
// the parser meets a token t that is not allowed where it stands and the
// innermost context is implicit, it calls closeImplicit(), which pops that
// context and makes a virtual '}' the current token, with t still to come.
// This covers the cases real programs hit: `let x = 1 in x` on one line,
// `(case x of A -> 1)`, `[y | let y = 1, odd y]`, `where` after a do block.
// If the current token was a virtual ';' produced by t's <n>, closing the
// context un-produces it and re-evaluates <n> against the outer context.
//
// Note [Nondecreasing indentation]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// The report opens a nested implicit block only if it is indented more than
// the enclosing one (n > m). GHC (by default, NondecreasingIndentation) also
// opens a `do` block at the same column as the enclosing block (n >= m), and
// real programs rely on it:
//     main = do
//       forM_ xs $ \x -> do
//       print x
// We follow GHC. Every other keyword uses the report's strict rule, and a
// block that cannot open is empty ({}), as the report says.
class Layout {
 public:
  explicit Layout(Lexer& lexer) : lexer_(lexer) {}

  // The current token (virtual or real); computing it may throw SyntaxError
  // from the lexer.
  const Token& peek();
  // The token after the current one, when the current one is a ';' (real or
  // virtual): skipping a ';' never changes the layout contexts, so the token
  // after it is known. Used for `if c; then a; else b` inside do blocks.
  const Token& peekAfterSemi();
  // Consumes the current token and returns it. Taking let/where/do/of opens
  // the next block; taking '{' or '}' pushes or pops an explicit context.
  Token take();

  // parse-error(t): if the innermost context is implicit, pops it and makes a
  // virtual '}' the current token. Returns false (and changes nothing) if the
  // innermost context is explicit or there is none.
  bool closeImplicit();
  // Opens an implicit block at the current token (a module without a header).
  void openImplicitHere();

  bool innermostIsImplicit() const { return !contexts_.empty() && contexts_.back() > 0; }
  size_t depth() const { return contexts_.size(); }

 private:
  void compute();
  Token makeVirtual(Tok kind) const;

  Lexer& lexer_;
  std::vector<uint32_t> contexts_;  // innermost last; 0 = explicit
  Token raw_;                       // the next real token
  bool haveRaw_ = false;
  bool indentPending_ = false;      // raw_'s <n> not yet processed
  Tok blockKeyword_ = Tok::Eof;     // let/where/do/of just taken: {n} pending
  Token cur_;
  bool haveCur_ = false;
  bool curIsIndentSemi_ = false;    // cur_ is a VSemi produced by raw_'s <n>
  bool curIsRaw_ = false;
  Token ahead_;                     // peekAfterSemi() cache
  bool haveAhead_ = false;
};

}  // namespace core
