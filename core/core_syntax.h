// Core: the small language every stage after the desugarer works on
// (DESIGN.md section 2). Untyped after type checking (dictionaries are
// explicit arguments), with binders carrying their source type as text for
// the debugger.
//
//   e ::= x | lit | e e1 ... en | \x1 ... xn -> e
//       | let x = e in e | letrec { x1 = e1; ... } in e
//       | case e as x of { alts }        alt ::= K x1 ... xn -> e | lit -> e | _ -> e
//       | K e1 ... en                    (saturated constructor application)
//       | prim# e1 ... en                (saturated primitive operation)
//       | tick e                         tick ::= break<Module,N>[fvs] | scc<cc>
//
// Invariants (checked by core/core_lint.h): every variable occurrence is
// bound by an enclosing binder or is a top-level/imported variable;
// constructor and primitive applications are saturated; a case has at most
// one default alternative, last, and does not mix constructor and literal
// alternatives; constructor patterns bind exactly the constructor's arity.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/ast.h"
#include "core/source_span.h"

namespace core {

struct CoreVar {
  std::string name;        // source name ("go", "ds1" for desugarer-made ones)
  uint32_t unique = 0;     // distinguishes shadowing binders
  std::string module;      // top-level: defining module; empty for locals
  std::string typeText;    // the source type, for the debugger ("[Int]"); may be empty
  bool isGlobal() const { return !module.empty(); }
  std::string display() const;  // "go_3" for locals, "Main.go" for globals
};

struct DataCon {
  std::string module;
  std::string name;        // "Just", ":", "(,)"
  uint32_t tag = 0;        // 0-based position in its type's declaration
  uint32_t arity = 0;
  std::vector<std::string> fields;  // record field names, or empty
};

struct CoreExpr;

// The built-in type of a Core literal. Integer literals are in decimal;
// fractional ones as written ("1.5e-3"); Char and String as decoded code
// points / UTF-8 (Literal::ch, Literal::str) with their source text kept.
enum class LitType { Int, Integer, Double, Float, Char, String };

struct CoreAlt {
  enum class Kind { Con, Lit, Default } kind = Kind::Default;
  const DataCon* con = nullptr;       // Con
  Literal lit;                        // Lit
  LitType litType = LitType::Int;     // Lit
  std::vector<CoreVar*> binders;      // Con: one per field
  CoreExpr* rhs = nullptr;
};

struct CoreBind {
  CoreVar* var = nullptr;
  CoreExpr* rhs = nullptr;
};

struct Tick {
  enum class Kind { Breakpoint, CostCentre } kind = Kind::Breakpoint;
  std::string module;               // Breakpoint: the *defining* module of the site
  uint32_t index = 0;               // Breakpoint: site index in that module's table
  std::vector<CoreVar*> freeVars;   // Breakpoint: variables captured at the stop
  std::string costCentre;           // CostCentre: its full name ("Main.total.go")
  SrcSpan span;                     // the source the tick covers
};

struct CoreExpr {
  enum class Kind { Var, Lit, App, Lam, Let, LetRec, Case, ConApp, PrimOp, Tick };
  Kind kind;
  SrcSpan span;                     // where it came from, when known
  CoreVar* var = nullptr;           // Var; Case: the scrutinee's binder
  Literal lit;                      // Lit
  LitType litType = LitType::Int;   // Lit
  CoreExpr* body = nullptr;         // App function, Lam/Let/LetRec body, Case scrutinee, Tick body
  std::vector<CoreExpr*> args;      // App, ConApp, PrimOp arguments
  std::vector<CoreVar*> params;     // Lam
  std::vector<CoreBind> binds;      // Let (exactly one), LetRec (one or more)
  std::vector<CoreAlt> alts;        // Case
  const DataCon* con = nullptr;     // ConApp
  std::string prim;                 // PrimOp: the primitive's name
  uint32_t primArity = 0;           // PrimOp: its arity (saturation is checked against it)
  Tick* tick = nullptr;             // Tick (owned by the CoreArena; copies share it)
  explicit CoreExpr(Kind k) : kind(k) {}
};

// A breakpoint site of a module (its ModBreaks entry): what a stop there
// reports. A tick captures the values of `vars`, in this order.
struct BreakSite {
  SrcSpan span;
  std::string decl;  // the enclosing declarations ("Main.total.go")
  std::vector<std::pair<std::string, std::string>> vars;  // captured variables: source name, type as text
  std::string resultType;  // the type of the expression at the site (_result's), as text; may be empty
  friend bool operator==(const BreakSite&, const BreakSite&) = default;
};

// A module's Core: its bindings in dependency order, each group recursive
// or not, and the constructors it defines.
struct CoreModule {
  std::string name;
  struct Group {
    bool recursive = false;
    std::vector<CoreBind> binds;
  };
  std::vector<Group> groups;
  std::vector<const DataCon*> constructors;
  // The module's breakpoint sites: a breakpoint tick's index is its position here.
  std::vector<BreakSite> breakSites;
};

// Owns Core nodes (see AstArena for why an arena).
class CoreArena {
 public:
  CoreExpr* expr(CoreExpr::Kind k) { return nodes_.make<CoreExpr>(k); }
  CoreVar* var(std::string name, std::string module = {}) {
    CoreVar* v = nodes_.make<CoreVar>();
    v->name = std::move(name);
    v->module = std::move(module);
    v->unique = ++nextUnique_;
    return v;
  }
  DataCon* con(DataCon c) { return nodes_.make<DataCon>(std::move(c)); }
  Tick* tick(Tick::Kind k) {
    Tick* t = nodes_.make<Tick>();
    t->kind = k;
    return t;
  }

 private:
  NodeArena nodes_;  // Note [Node arenas]
  uint32_t nextUnique_ = 0;
};

// `lazuli dump core`: one binding per paragraph, nested forms indented.
std::string printCoreExpr(const CoreExpr& e);
std::string printCoreModule(const CoreModule& m);

}  // namespace core
