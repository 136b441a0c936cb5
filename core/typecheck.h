// Type inference: Hindley–Milner with let-polymorphism, type signatures and
// Haskell 98 type classes (report chapter 4; after "Typing Haskell in
// Haskell"). See Note [Type inference].
#pragma once

#include <functional>
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
// Note [Derived instance contexts] in typecheck.cpp). What the desugarer
// needs to pass dictionaries is recorded as it goes (Note [Dictionary evidence]).

// Note [Dictionary evidence]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~
// Every wanted predicate gets an evidence id (EvId) when it is made; the
// node that wanted it (a variable occurrence, a literal, a do block, ...)
// keeps the ids in the order of its scheme's context. Solving a predicate
// records how (an EvTerm): it is a dictionary parameter of an enclosing
// binding (Param), an instance applied to the evidence for the instance's
// context (Instance), a superclass selected from other evidence (Super), or
// the same as another wanted (Same). Predicates only ever flow outwards, to
// the binding that generalises or defaults them, so every Param a term
// mentions is bound by a binding that encloses the use: the desugarer can
// expand a term where it is used. Bindings record their dictionary
// parameters in the order of their scheme's context.
using EvId = uint32_t;  // 0: none

struct EvTerm {
  enum class Kind { Unsolved, Param, Instance, Super, Same };
  Kind kind = Kind::Unsolved;
  Pred pred;                    // what it is evidence for
  const Entity* tycon = nullptr;  // Instance: the instance's type constructor
  std::vector<EvId> args;       // Instance: evidence for its context, in order
  EvId from = 0;                // Super: the dictionary selected from; Same: the other
  uint32_t superIndex = 0;      // Super: pred.cls's position among from's superclasses
};

struct Elaboration {
  std::vector<EvTerm> ev{EvTerm{}};  // indexed by EvId; entry 0 unused
  // Evidence for a node's implicit dictionaries: Expr (Var, Con, OpApp and
  // sections: the scheme's context; Lit: Num or Fractional; Neg: Num;
  // ArithSeq: Enum; Do: Monad), Pat (Lit: Num/Fractional then Eq), Stmt (a
  // do statement's failable pattern: MonadFail).
  absl::flat_hash_map<const void*, std::vector<EvId>> atNode;
  // A binding's dictionary parameters (every binding of an implicitly typed
  // group has the group's). Instance methods: the instance's context, then
  // the method's own; class default methods: the class's dictionary first.
  absl::flat_hash_map<const Decl*, std::vector<EvId>> params;
  // An instance (declared or derived) of a module: its context's evidence
  // (the dictionary function's parameters) and its superclasses'.
  struct Instance {
    const Entity* cls = nullptr;
    const Entity* tycon = nullptr;
    Decl* decl = nullptr;               // Instance, or the Data/Newtype declaration when derived
    bool derived = false;
    std::vector<EvId> context;
    std::vector<EvId> supers;
    // Derived: evidence for the class at each field of each constructor.
    std::vector<std::vector<EvId>> fields;
  };
  absl::flat_hash_map<std::string, std::vector<Instance>> instances;  // by module
  // Each class's superclasses in declaration order (the dictionary's first fields).
  absl::flat_hash_map<const Entity*, std::vector<const Entity*>> supers;
  // The type of a local variable of a checked module, as text ("[Integer]");
  // empty when unknown. Rendered on demand, for breakpoint sites.
  std::function<std::string(const Entity*)> localType;
  // The type of an expression of a checked module, as text, when the
  // checker was asked to record them (TypeChecker::recordExpressionTypes).
  std::function<std::string(const Expr*)> exprType;
};

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
  // How many arguments a top-level entity's type takes before an `IO t`
  // result ("a -> IO ()": 1, "IO ()": 0), or -1 when it does not end in IO.
  int ioArity(const Entity* e) const;

  // The type of an expression renamed in a checked module's scope, as
  // GHCi's :type prints it (without the expression): "Num p => p". Empty,
  // with the errors reported, when it is ill-typed.
  std::string typeOfExpr(Expr* e, DiagnosticSink& sink);

  // The type checker's part of module `module`'s interface (Note
  // [Interface encoding]): the types of `defined`'s values, its classes,
  // synonyms and constructors' fields, and the module's instances.
  void writeInterface(const std::string& module, const std::vector<const Entity*>& defined,
                      IfaceWriter& w) const;
  // Reads it back; a synonym's right-hand side is rebuilt in `arena`.
  bool readInterface(const std::string& module, IfaceReader& r, AstArena& arena);
  // Keep every expression's type from now on (for break sites' _result).
  void recordExpressionTypes(bool on);
  // Dictionary-passing evidence for the modules checked so far.
  const Elaboration& elaboration() const;

  struct State;  // see typecheck.cpp

 private:
  std::unique_ptr<State> st_;
};

}  // namespace core
