// Cost-centre stacks: interned paths of cost centres, one word each, and
// the operations the interpreter applies to them (DESIGN.md section 4).
//
// Note [Cost-centre stack rules]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// A stack is a node: its top cost centre and the stack below it. Nodes are
// interned in a table owned by the process: pushing `cc` onto stack `s`
// gives the same node every time (each node memoises its pushes in an
// abseil hash map), so a stack is compared by pointer and pushing is one
// lookup after the first time. The rules are GHC's (rts/Profiling.c):
//  - push(s, cc): s itself when cc is on top already; when cc occurs deeper
//    in s, s cut back to that occurrence (recursion folds: a recursive
//    function appears once and stacks stay finite); else a new node.
//  - Every stack descends from a root: MAIN (not printed) or a module's CAF
//    centre ("Main.CAF"), under which that module's top-level thunks run.
//  - enterFun(current, fn): calling a function closure or partial
//    application built under stack `fn`. Unchanged when fn is current, null
//    (a top-level function: no stack of its own) or a CAF's root. When the
//    two have different roots, fn (up to its root) is appended to current;
//    otherwise the prefix the two share is kept and the rest of fn pushed on
//    it, centre by centre. This is what makes a partial application or a
//    local function report where it was built.
// Nodes are never freed: a program has as many as the paths it takes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "ccs/cost_centre.h"

namespace ccs {

struct Stack {
  const CostCentre* cc = nullptr;   // the top centre (MAIN's is a placeholder)
  const Stack* prev = nullptr;      // the stack below; null under a root
  const Stack* root = nullptr;      // the bottom node: MAIN or a CAF's stack
  uint32_t depth = 0;               // a root has depth 1
  // Memoised pushes: centre -> the resulting stack.
  mutable absl::flat_hash_map<const CostCentre*, const Stack*> pushes;
  // The last push and the last enterFun from this stack, checked before the
  // map: a loop pushes the same centre, or enters the same closure's stack,
  // from the same stack again and again.
  mutable const CostCentre* lastPushed = nullptr;
  mutable const Stack* lastPushResult = nullptr;
  mutable const Stack* lastEntered = nullptr;
  mutable const Stack* lastEnterResult = nullptr;
};

// MAIN, the root of the evaluation of everything that is not under a CAF.
const Stack* mainStack();
// The root stack of a CAF centre (cc->isCaf).
const Stack* cafStack(const CostCentre* caf);

const Stack* pushSlow(const Stack* s, const CostCentre* cc);
const Stack* enterFunSlow(const Stack* current, const Stack* fn);

inline const Stack* push(const Stack* s, const CostCentre* cc) {
  if (s->cc == cc) return s;
  if (s->lastPushed == cc) return s->lastPushResult;
  const Stack* r = pushSlow(s, cc);
  s->lastPushed = cc;
  s->lastPushResult = r;
  return r;
}

inline const Stack* enterFun(const Stack* current, const Stack* fn) {
  if (fn == nullptr || fn == current || fn->prev == nullptr) return current;
  if (current->lastEntered == fn) return current->lastEnterResult;
  const Stack* r = enterFunSlow(current, fn);
  current->lastEntered = fn;
  current->lastEnterResult = r;
  return r;
}

// The centres of `s`, innermost first, without MAIN.
std::vector<const CostCentre*> centres(const Stack* s);

// The backtrace block printed after an uncaught exception's message:
// "CallStack (from cost-centre stack):" and one indented line per centre,
// innermost first (empty when the stack holds no centre).
std::string renderBacktrace(const Stack* s);

}  // namespace ccs
