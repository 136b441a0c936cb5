// Printing values as the debugger shows them (GHCi's :print, :sprint and
// :force): what is evaluated is shown, what is not is `_` (or a fresh name
// `_t1`, `_t2`, ... for :print), and nothing is forced unless asked.
//
// Note [Printing without forcing]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// The printer walks the heap as it is: a constructor (including a thunk
// updated in place with its value) is shown with its fields, an
// indirection is followed, and anything else not yet a value (a thunk, one
// under evaluation, a string literal not yet unpacked) is a hole. A
// function or partial application is a hole too, as GHCi shows them. Lists
// whose spine is evaluated to the end are shown with brackets (`[1,_,3]`,
// `"ab"`), others with `:` (`1 : 2 : _`), as GHCi does. The walk keeps its
// own stack, so long lists cannot overflow the C stack; cyclic values are
// cut off at a depth bound with `...`.
#pragma once

#include <cstdint>
#include <string>

#include "interp/machine.h"
#include "interp/rooted.h"

namespace interp {

class TermPrinter {
 public:
  // `nameHoles`: holes are named _t1, _t2, ... (continuing from
  // `firstName`) and collected in holes(), for the caller to bind.
  explicit TermPrinter(bool nameHoles = false, int firstName = 1) : name_(nameHoles), next_(firstName) {}

  std::string show(Obj* v);
  const RootedObjs& holes() const { return holes_; }
  int nextName() const { return next_; }

 private:
  std::string render(Obj* v, int prec, int depth);
  std::string hole(Obj* v);
  bool name_;
  int next_;
  RootedObjs holes_;
};

// Forces `v` completely (GHCi's :force), ignoring breakpoints: every thunk
// reachable through constructors is evaluated. False when an evaluation
// raised (machine.exception() is the exception).
bool forceDeep(Machine& machine, Obj* v);

// A Char as Haskell's show writes it: 'a', '\n', '\1234'.
std::string showCharLiteral(uint32_t c, char quote = '\'');

}  // namespace interp
