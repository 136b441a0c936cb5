// The abstract syntax tree produced by the parser (DESIGN.md section 3).
//
// Every node carries the exact span of its text (Note [Span conventions]).
// Nodes live in an AstArena and point at each other with raw pointers; the
// arena frees them all at once, so destroying a deeply nested tree never
// recurses. Nodes are plain structs with a kind tag; use the kind to switch.
//
// Infix expressions and patterns come out of the parser *unresolved*, as flat
// sequences (Expr::Kind::Infix, Pat::Kind::Infix); core/fixity.h rewrites them
// into binary trees once fixities are known (Note [Fixity resolution]).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/node_arena.h"
#include "core/source_span.h"

namespace core {

struct Expr;
struct Pat;
struct Type;
struct Decl;
struct Entity;  // core/entity.h: what the renamer resolved a name to

// A possibly qualified name as written: `x`, `M.x`, `+`, `M.+`, `Just`, and
// the special constructors `()`, `[]`, `(,)`, `(,,)`, `->`.
struct Name {
  std::string qual;   // module qualifier, empty if none
  std::string name;   // unqualified name (for symbols: the symbol, no parens)
  SrcSpan span;
  bool isSym = false;  // operator symbol (written (+) in prefix position)
  bool isCon = false;  // constructor / type constructor / class name
  const Entity* ref = nullptr;  // set by the renamer for every occurrence and binder
  std::string str() const { return qual.empty() ? name : qual + "." + name; }
};

struct Literal {
  enum class Kind { Int, Frac, Char, String } kind = Kind::Int;
  std::string text;    // exact source text ("0x1F", "1.5e-3", "'\\n'", "\"a\\tb\"")
  std::string str;     // String: the decoded contents (UTF-8)
  char32_t ch = 0;     // Char: the code point
};

// One item of an unresolved infix sequence: an operand, an operator, or a
// prefix minus (report section 10.6).
template <class T>
struct InfixItem {
  enum class Kind { Operand, Op, Neg } kind = Kind::Operand;
  T* operand = nullptr;  // Operand
  Name op;               // Op (backquoted or symbolic); Neg: the '-' itself
};

// A statement: of a do block, a guard, or a list-comprehension qualifier.
struct Stmt {
  enum class Kind { Bind, Let, Expr } kind = Kind::Expr;
  SrcSpan span;
  Pat* pat = nullptr;            // Bind
  Expr* expr = nullptr;          // Bind, Expr
  std::vector<Decl*> decls;      // Let
};

struct GuardedRhs {
  SrcSpan span;                  // from '|' to the end of the expression
  std::vector<Stmt*> guards;
  Expr* body = nullptr;
};

// The right-hand side of an equation (after '=') or an alternative (after
// '->'): either one body or guarded bodies, plus its where-bindings.
struct Rhs {
  SrcSpan span;                  // the whole rhs, including '=' / guards, excluding where
  Expr* body = nullptr;          // unguarded
  std::vector<GuardedRhs*> guarded;
  std::vector<Decl*> where;
  bool hasWhere = false;
};

struct Alt {
  SrcSpan span;
  Pat* pat = nullptr;
  Rhs* rhs = nullptr;
};

struct FieldBind {              // f = e   in construction / update
  Name field;
  Expr* value = nullptr;
  SrcSpan span;
};

struct Expr {
  enum class Kind {
    Var, Con, Lit, App, Infix, OpApp, Neg, Lambda, Let, If, Case, Do, Tuple, List,
    ArithSeq, ListComp, LeftSection, RightSection, Paren, TypeSig, RecordCon, RecordUpd,
    Scc,
    // Pattern-only syntax, accepted while a pattern may still be parsed as an
    // expression (see Note [Patterns parsed as expressions] in parser.cpp).
    AsPat, LazyPat, Wildcard,
  };
  Kind kind;
  SrcSpan span;
  Name name;                         // Var, Con, OpApp/sections (the operator), AsPat, RecordCon, Scc (name.name)
  Literal lit;                       // Lit
  Expr* e1 = nullptr;                // App fun, OpApp lhs, Neg, Lambda body, Let body, If cond,
                                     // Case scrut, ArithSeq from, ListComp head, sections,
                                     // Paren, TypeSig, RecordUpd, Scc, AsPat, LazyPat
  Expr* e2 = nullptr;                // OpApp rhs, If then, ArithSeq then
  Expr* e3 = nullptr;                // If else, ArithSeq to
  std::vector<Expr*> args;           // App args, Tuple, List elements
  std::vector<InfixItem<Expr>> items;  // Infix
  std::vector<Pat*> pats;            // Lambda
  std::vector<Decl*> decls;          // Let
  std::vector<Alt*> alts;            // Case
  std::vector<Stmt*> stmts;          // Do, ListComp qualifiers
  std::vector<FieldBind> fields;     // RecordCon, RecordUpd
  struct QualType* type = nullptr;   // TypeSig
  explicit Expr(Kind k) : kind(k) {}
};

struct FieldPat {
  Name field;
  Pat* pat = nullptr;
  SrcSpan span;
};

struct Pat {
  enum class Kind { Var, Wild, Lit, Con, Infix, ConOp, Tuple, List, As, Lazy, Record, Paren };
  Kind kind;
  SrcSpan span;
  Name name;                         // Var, Con, ConOp (the operator), As (the variable), Record
  Literal lit;                       // Lit
  bool negative = false;             // Lit: written with a leading minus
  std::vector<Pat*> args;            // Con args, Tuple, List
  Pat* p1 = nullptr;                 // ConOp lhs, As, Lazy, Paren
  Pat* p2 = nullptr;                 // ConOp rhs
  std::vector<InfixItem<Pat>> items; // Infix
  std::vector<FieldPat> fields;      // Record
  explicit Pat(Kind k) : kind(k) {}
};

struct Type {
  enum class Kind { Var, Con, App, Fun, List, Tuple, Paren, Bang };
  Kind kind;
  SrcSpan span;
  Name name;                         // Var, Con (incl. "()", "[]", "->", "(,)")
  Type* t1 = nullptr;                // App head, Fun argument, List element, Paren, Bang
  Type* t2 = nullptr;                // Fun result
  std::vector<Type*> args;           // App arguments, Tuple components
  explicit Type(Kind k) : kind(k) {}
};

// A class assertion `C t1 ... tn` of a context (Haskell 98: n = 1).
struct Assertion {
  Name cls;
  std::vector<Type*> args;
  SrcSpan span;
};

struct QualType {
  SrcSpan span;
  std::vector<Assertion> context;
  bool hasContext = false;           // `() => t` is a context, though empty
  Type* type = nullptr;
};

struct ConField {                    // one field of a record constructor
  std::vector<Name> names;
  Type* type = nullptr;              // may be Type::Kind::Bang
  SrcSpan span;
};

struct ConDecl {
  SrcSpan span;
  Name name;
  bool infix = false;                // a :+ b
  bool record = false;               // C { f :: t }
  std::vector<Type*> args;           // positional (Bang for strict fields)
  std::vector<ConField> fields;      // record
};

struct Match {                       // one equation of a function binding
  SrcSpan span;
  bool infix = false;                // x <+> y = ...  or  x `op` y = ...
  std::vector<Pat*> pats;
  Rhs* rhs = nullptr;
};

struct Decl {
  enum class Kind {
    TypeSig, Fixity, FunBind, PatBind, Data, Newtype, TypeSyn, Class, Instance, Default,
    Inline,
  };
  Kind kind;
  SrcSpan span;
  std::vector<Name> names;           // TypeSig vars, Fixity ops, Inline target (1)
  Name name;                         // FunBind, Data/Newtype/TypeSyn/Class name, Instance class
  QualType* sig = nullptr;           // TypeSig
  enum class Assoc { Left, Right, None } assoc = Assoc::None;  // Fixity
  int precedence = 9;                // Fixity
  std::vector<Match*> matches;       // FunBind (all consecutive equations)
  Pat* pat = nullptr;                // PatBind
  Rhs* rhs = nullptr;                // PatBind
  std::vector<Assertion> context;    // Data, Newtype, Class, Instance
  std::vector<Name> tyvars;          // Data, Newtype, TypeSyn, Class (1)
  std::vector<ConDecl*> cons;        // Data, Newtype
  std::vector<Name> deriving;        // Data, Newtype
  bool hasDeriving = false;
  Type* type = nullptr;              // TypeSyn rhs, Instance head type
  std::vector<Type*> types;          // Default
  std::vector<Decl*> body;           // Class, Instance (where-bound decls)
  std::string pragma;                // Inline: INLINE / NOINLINE / INLINABLE
  explicit Decl(Kind k) : kind(k) {}
};

// An entity in an export or import list.
struct IEItem {
  enum class Kind { Var, Thing, Module } kind = Kind::Var;
  Name name;                         // Var: variable (maybe operator); Thing: type/class; Module
  enum class Subs { None, All, List } subs = Subs::None;  // T, T(..), T(a, b)
  std::vector<Name> subNames;
  SrcSpan span;
};

struct ImportDecl {
  SrcSpan span;
  Name module;
  bool qualified = false;
  std::optional<Name> as;
  bool hiding = false;
  bool hasList = false;
  std::vector<IEItem> items;
};

struct Module {
  SrcSpan span;
  std::optional<Name> name;          // absent: `module Main (main) where` implied
  bool hasExports = false;
  std::vector<IEItem> exports;
  std::vector<ImportDecl*> imports;
  std::vector<Decl*> decls;
  std::string moduleName() const { return name ? name->str() : "Main"; }
};

// Owns every node of one parse. Nodes are freed together with the arena.
class AstArena {
 public:
  template <class T, class... Args>
  T* make(Args&&... args) {
    return nodes_.make<T>(std::forward<Args>(args)...);
  }
  size_t size() const { return nodes_.size(); }

 private:
  NodeArena nodes_;  // Note [Node arenas]
};

}  // namespace core
