// Type inference: Hindley–Milner with let-polymorphism, type signatures and
// Haskell 98 type classes (report chapter 4; after "Typing Haskell in
// Haskell"). See Note [Type inference].
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "core/ast.h"
#include "core/diagnostic.h"
#include "core/entity.h"
#include "core/module_graph.h"
#include "core/renamer.h"
#include "core/types.h"

namespace core {

// Note [Type inference]
// ~~~~~~~~~~~~~~~~~~~~~
// Each module's bindings are split into strongly connected groups by their
// references (report 4.5.1) and inferred in dependency order. Bindings with
// a signature are checked against it after every binding of the group is in
// scope; the others are inferred together and generalised over the meta
// variables of deeper level than the enclosing binding (level-based
// generalisation). Class constraints are collected as wanted predicates with
// the place that wanted them ("arising from a use of ‘show’"); at each
// generalisation they are reduced by instances and superclasses, those over
// generalised variables become the binding's context, the others are passed
// outwards. The monomorphism restriction (report 4.5.5) keeps a group of
// pattern bindings or argument-less bindings without signatures from being
// generalised over constrained variables. What is left at the top of a
// module is defaulted (report 4.3.4: `default (Integer, Double)` unless the
// module says otherwise) or reported as ambiguous.
//
// Type synonyms are expanded for unification but remembered for messages and
// :type ("String", "ReadS a"). Derived instances get inferred contexts (see
// Note [Derived instance contexts] in typecheck.cpp).
// Not yet: dictionary-passing elaboration (the desugarer's input).

class TypeChecker {
 public:
  TypeChecker(Renamer& renamer, TyArena& types);
  ~TypeChecker();

  // Checks every module of the graph in dependency order; false (errors
  // reported) when a module is ill-typed.
  bool checkProgram(ModuleGraph& graph, DiagnosticSink& sink);
  // The same for modules given in dependency order.
  bool checkModules(const std::vector<Module*>& modules, DiagnosticSink& sink);

  // The inferred or declared type of a top-level entity, rendered as GHC's
  // :type renders it ("map :: (a -> b) -> [a] -> [b]" without the name).
  std::string typeOf(const Entity* e) const;

  // The type of an expression renamed in a checked module's scope, as
  // GHCi's :type prints it (without the expression): "Num p => p". Empty,
  // with the errors reported, when it is ill-typed.
  std::string typeOfExpr(Expr* e, DiagnosticSink& sink);

  struct State;  // see typecheck.cpp

 private:
  std::unique_ptr<State> st_;
};

}  // namespace core
