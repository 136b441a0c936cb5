// STG: Core in A-normal form with explicit closures (DESIGN.md section 2),
// the input of the bytecode generator.
//
//   atom ::= x | lit
//   e    ::= atom                          evaluate x (a literal is a value)
//          | ret atom                      return the atom as it is (IO results)
//          | f atom1 ... atomn             apply (f is a variable)
//          | K atom1 ... atomn             allocate and return a constructor
//          | prim# atom1 ... atomn         strict primitive on evaluated atoms
//          | raise# atom1 ... atomn        raise the primitive's exception
//          | io# atom1 ... atomn           an IO primitive (inside an IO lambda)
//          | catch# act handler w          run act, handling IO errors
//          | let { x = rhs } in e | letrec { x1 = rhs1; ... } in e
//          | case e as x of { alts }
//          | scc<cc> e                     push cost centre cc, then e
//          | break<M,i> atoms e            a breakpoint site of module M capturing the atoms, then e
//   rhs  ::= \{free} params -> e           a function closure
//          | {free} \u -> e                an updatable thunk
//          | K atom1 ... atomn             a constructor
//
// Invariants: arguments are atoms; every closure lists its free local
// variables (globals are not free: they are constants); a case binder is
// always present; a Strict primitive's arguments are evaluated (bound by a
// case or literals). See Note [IO representation] in bytecode/stg.cpp.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "bytecode/primops.h"
#include "core/core_syntax.h"

namespace bc {

using core::CoreVar;
using core::DataCon;
using core::LitType;

// A literal value. Integer keeps its decimal digits; String its UTF-8 bytes.
struct StgLit {
  LitType type = LitType::Int;
  int64_t i = 0;          // Int; Char (code point)
  double d = 0;           // Double, Float
  std::string text;       // Integer (decimal), String (UTF-8)
};

struct Atom {
  const CoreVar* var = nullptr;  // a variable, or null for a literal
  StgLit lit;
  bool isVar() const { return var != nullptr; }
};

struct StgExpr;

struct StgRhs {
  enum class Kind { Fun, Thunk, Con } kind = Kind::Thunk;
  std::vector<const CoreVar*> free;     // Fun, Thunk: free local variables, in a fixed order
  std::vector<const CoreVar*> params;   // Fun
  StgExpr* body = nullptr;              // Fun, Thunk
  const DataCon* con = nullptr;         // Con
  std::vector<Atom> args;               // Con
  std::string name;                     // the binding it belongs to ("Main.f", "Main.f.go")
};

struct StgBind {
  const CoreVar* var = nullptr;
  StgRhs* rhs = nullptr;
};

struct StgAlt {
  enum class Kind { Con, Lit, Default } kind = Kind::Default;
  const DataCon* con = nullptr;
  StgLit lit;
  std::vector<const CoreVar*> binders;
  StgExpr* body = nullptr;
};

struct StgExpr {
  enum class Kind { Atom, Return, App, ConApp, Prim, Raise, IOPrim, Catch, Let, LetRec, Case, Scc, Break };
  Kind kind;
  Atom atom;                      // Atom, Return; App: the function
  std::vector<Atom> args;         // App, ConApp, Prim, Raise, IOPrim; Catch: act, handler, world; Break: captured
  const DataCon* con = nullptr;   // ConApp
  Prim prim = Prim::primSeq;      // Prim, Raise, IOPrim
  std::vector<StgBind> binds;     // Let (one), LetRec
  StgExpr* body = nullptr;        // Let, LetRec body; Case scrutinee; Scc, Break body
  const CoreVar* binder = nullptr;  // Case
  std::vector<StgAlt> alts;       // Case
  const core::Tick* tick = nullptr;  // Scc: a cost-centre tick (name and span); Break: a breakpoint tick
  core::SrcSpan span;             // the source it comes from, when known (the line table)
  explicit StgExpr(Kind k) : kind(k) {}
};

// A top-level binding: a function (arity > 0) or a CAF (a thunk).
struct StgTop {
  const CoreVar* var = nullptr;
  StgRhs* rhs = nullptr;
};

struct StgModule {
  std::string name;
  std::vector<StgTop> bindings;
  std::vector<const DataCon*> constructors;
};

// Owns STG nodes and the variables the conversion invents.
class StgArena {
 public:
  StgExpr* expr(StgExpr::Kind k) {
    exprs_.push_back(std::make_unique<StgExpr>(k));
    return exprs_.back().get();
  }
  StgRhs* rhs() {
    rhss_.push_back(std::make_unique<StgRhs>());
    return rhss_.back().get();
  }
  const CoreVar* var(const std::string& name) {
    auto v = std::make_unique<CoreVar>();
    v->name = name;
    v->unique = ++next_;
    vars_.push_back(std::move(v));
    return vars_.back().get();
  }

 private:
  std::vector<std::unique_ptr<StgExpr>> exprs_;
  std::vector<std::unique_ptr<StgRhs>> rhss_;
  std::vector<std::unique_ptr<CoreVar>> vars_;
  uint32_t next_ = 1u << 30;  // above the desugarer's uniques, so names never clash
};

// Which modules' breakpoint ticks become break sites in the code: those
// with a break-site table (their ModBreaks). Others' ticks are left out.
using BreakModules = std::function<bool(const std::string& module)>;

// Converts a linted Core module to STG. Cost-centre ticks become scc
// expressions, breakpoint ticks of `breaks`' modules break expressions (Note
// [Break sites in STG] in bytecode/stg.cpp); other ticks are dropped.
StgModule coreToStg(const core::CoreModule& m, StgArena& arena, const BreakModules& breaks = {});

// `lazuli dump stg`.
std::string printStgModule(const StgModule& m);

// A string literal's UTF-8 bytes in Haskell-like quotes ("a\n\1\&"), for the printers.
std::string quoteBytes(const std::string& bytes);

}  // namespace bc
