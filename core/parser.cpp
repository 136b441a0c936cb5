#include "core/parser.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "core/absl_compat.h"
#include "core/check.h"
#include "core/fixity.h"
#include "core/layout.h"
#include "core/stack_budget.h"
#include "core/lexer.h"
#include "core/syntax_error.h"

namespace core {

// Note [Patterns parsed as expressions]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// Whether `f x y` starts a function binding, a pattern binding, a do-statement
// `p <- e` or an expression is only known at the '=', '|', '<-' or '::' after
// it. As GHC does, we parse such prefixes as expressions and convert them to
// patterns (exprToPat) or function left-hand sides (classifyLhs) when the
// following token says so. The expression grammar therefore also accepts the
// pattern-only forms `x@p`, `~p` and `_`; each such node is recorded, and one
// that is still part of an expression when its top-level declaration ends is
// reported ("Lazy pattern in expression context: ~y", as GHC says).

namespace {

using IK = InfixItem<Expr>::Kind;

bool isSemi(Tok k) { return k == Tok::Semi || k == Tok::VSemi; }

bool canStartAExp(Tok k) {
  switch (k) {
    case Tok::VarId: case Tok::QVarId: case Tok::ConId: case Tok::QConId:
    case Tok::Integer: case Tok::Float: case Tok::Char: case Tok::String:
    case Tok::LParen: case Tok::LBracket: case Tok::Underscore: case Tok::Tilde:
      return true;
    default:
      return false;
  }
}

bool canStartAType(Tok k) {
  return k == Tok::VarId || k == Tok::ConId || k == Tok::QConId || k == Tok::LParen ||
         k == Tok::LBracket;
}

// Tokens that can never begin an item of a block (a declaration, statement or
// alternative). Seeing one where an item should start triggers parse-error(t).
bool cannotStartItem(Tok k) {
  switch (k) {
    case Tok::KwIn: case Tok::RParen: case Tok::RBracket: case Tok::Comma:
    case Tok::KwThen: case Tok::KwElse: case Tok::KwOf: case Tok::Equals:
    case Tok::RightArrow: case Tok::RBrace: case Tok::Eof: case Tok::KwWhere:
    case Tok::DoubleColon: case Tok::DotDot: case Tok::LeftArrow: case Tok::DoubleArrow:
    case Tok::Bar: case Tok::PragmaEnd:
      return true;
    default:
      return false;
  }
}

enum class DeclCtx { Top, Local, Class, Instance };

class Parser {
 public:
  Parser(const SourceFile& file, AstArena& arena)
      : file_(file), lexer_(file), lay_(lexer_), A(arena) {}

  Module* module();
  Expr* wholeExpression();

 private:
  // ---- tokens -------------------------------------------------------------
  const Token& tok() { return lay_.peek(); }
  Tok kind() { return lay_.peek().kind; }
  bool at(Tok k) { return kind() == k; }
  bool atVarSym(std::string_view s) {
    const Token& t = tok();
    return t.kind == Tok::VarSym && t.text == s;
  }
  bool atVarIdText(std::string_view s) {
    const Token& t = tok();
    return t.kind == Tok::VarId && t.text == s;
  }
  Token take() {
    Token t = lay_.take();
    if (!t.text.empty() || t.kind == Tok::Eof) lastEnd_ = t.span.end;
    return t;
  }
  Token expect(Tok k, std::string_view what) {
    if (!at(k)) unexpected(what);
    return take();
  }
  SrcLoc startLoc() { return tok().span.start; }
  SrcSpan spanFrom(SrcLoc start) const { return SrcSpan{file_.id, start, lastEnd_}; }

  [[noreturn]] void unexpected(std::string_view expected);
  [[noreturn]] void failAt(const SrcSpan& span, std::string message,
                           std::vector<std::string> notes = {}) {
    throw SyntaxError{span, std::move(message), std::move(notes)};
  }

  struct DepthGuard {
    Parser& p;
    explicit DepthGuard(Parser& parser) : p(parser) {
      if (++p.depth_ > kMaxNesting)
        p.failAt(p.tok().span, "input nested too deeply",
                 {absl::StrCat("more than ", kMaxNesting,
                               " levels of parentheses, brackets or blocks")});
      if (p.stack_.exceeded())  // See Note [Nesting limit]
        p.failAt(p.tok().span, "input nested too deeply",
                 {"its parentheses, brackets or blocks need more than half of the stack"});
    }
    ~DepthGuard() { --p.depth_; }
  };

  // Runs `item` for each item of a block ({ item ; ... } or its layout form).
  // parse-error(t) may close the block unless it is the module body, which
  // only the end of the input closes.
  template <class F>
  void block(std::string_view what, F item, bool closedByParseError = true);
  bool closeBlock(bool explicitBlock);

  // ---- names --------------------------------------------------------------
  Name nameOf(const Token& t, bool isSym);
  Name parseVar(std::string_view what);   // varid | ( varsym )
  Name parseQop();                        // qvarsym | qconsym | `qvarid` | `qconid` | :
  bool atQop() {
    Tok k = kind();
    return k == Tok::VarSym || k == Tok::ConSym || k == Tok::QVarSym || k == Tok::QConSym ||
           k == Tok::Colon || k == Tok::Backquote;
  }
  Name parseModuleName();

  // ---- module -------------------------------------------------------------
  void exportList(Module* m);
  IEItem ieItem(bool isExport);
  ImportDecl* importDecl();

  // ---- declarations -------------------------------------------------------
  std::vector<Decl*> declBlock(DeclCtx ctx);
  void topOrLocalDecl(DeclCtx ctx, std::vector<Decl*>& out);
  Decl* fixityDecl();
  Decl* inlinePragma();
  Decl* valueDecl(DeclCtx ctx);
  Decl* dataDecl(bool isNewtype);
  Decl* typeSynDecl();
  Decl* classDecl();
  Decl* instanceDecl();
  Decl* defaultDecl();
  ConDecl* constructor();
  void derivingClause(Decl* d);
  void simpleType(Type* t, Decl* d);
  Rhs* rhs(Tok sep);
  static void groupBindings(std::vector<Decl*>& decls);

  // ---- expressions --------------------------------------------------------
  Expr* exp();
  Expr* infixExp(Name* trailingOp = nullptr, const Token* leadingMinus = nullptr);
  Expr* lexp();
  Expr* fexp();
  Expr* aexp();
  Expr* aexp1();
  Expr* parenExp();
  Expr* bracketExp();
  Alt* alt();
  Stmt* stmt(bool inDo);
  Expr* mk(Expr::Kind k, SrcSpan span) {
    Expr* e = A.make<Expr>(k);
    e->span = span;
    return e;
  }
  Expr* patOnly(Expr* e) {
    patOnly_.push_back(e);
    return e;
  }

  // ---- patterns -----------------------------------------------------------
  Pat* exprToPat(Expr* e);
  Pat* mkPat(Pat::Kind k, SrcSpan span) {
    Pat* p = A.make<Pat>(k);
    p->span = span;
    return p;
  }
  [[noreturn]] void patternError(Expr* e);
  void checkNoPatternSyntax();

  // ---- types --------------------------------------------------------------
  QualType* qualType();
  Type* type();
  Type* btype();
  Type* atype();
  Type* mkType(Type::Kind k, SrcSpan span) {
    Type* t = A.make<Type>(k);
    t->span = span;
    return t;
  }
  std::vector<Assertion> typeToContext(Type* t);
  Assertion typeToAssertion(Type* t);

  const SourceFile& file_;
  Lexer lexer_;
  Layout lay_;
  AstArena& A;
  SrcLoc lastEnd_{1, 1};
  int depth_ = 0;
  StackBudget stack_;
  std::vector<Expr*> patOnly_;      // pattern-only nodes not yet converted
  std::vector<Expr*> converted_;    // pattern-only nodes converted to patterns
};

// ===========================================================================
// Errors and blocks

void Parser::unexpected(std::string_view expected) {
  const Token& t = tok();
  std::vector<std::string> notes;
  if (!expected.empty()) notes.push_back(absl::StrCat("expected ", av(expected)));
  if (t.kind == Tok::Eof || t.text.empty()) {
    failAt(t.span, "parse error (possibly incorrect indentation or mismatched brackets)",
           std::move(notes));
  }
  failAt(t.span, absl::StrCat("parse error on input ", quoted(t.text)), std::move(notes));
}

bool Parser::closeBlock(bool explicitBlock) {
  if (explicitBlock ? at(Tok::RBrace) : at(Tok::VRBrace)) {
    take();
    return true;
  }
  if (!explicitBlock && lay_.closeImplicit()) {  // parse-error(t)
    take();
    return true;
  }
  return false;
}

template <class F>
void Parser::block(std::string_view what, F item, bool closedByParseError) {
  DepthGuard guard(*this);
  bool explicitBlock;
  if (at(Tok::LBrace)) {
    explicitBlock = true;
  } else if (at(Tok::VLBrace)) {
    explicitBlock = false;
  } else {
    unexpected(absl::StrCat("a block of ", av(what)));
  }
  take();
  for (;;) {
    while (isSemi(kind())) take();
    if (explicitBlock ? at(Tok::RBrace) : at(Tok::VRBrace)) {
      take();
      return;
    }
    if (!explicitBlock && closedByParseError && cannotStartItem(kind()) && closeBlock(false))
      return;
    item();
    if (isSemi(kind())) continue;
    if (explicitBlock || closedByParseError) {
      if (closeBlock(explicitBlock)) return;
    } else if (at(Tok::VRBrace)) {
      take();
      return;
    }
    if (at(Tok::RBrace) || at(Tok::RParen) || at(Tok::RBracket)) {
      const Token& t = tok();
      std::string_view open = t.kind == Tok::RParen ? "(" : t.kind == Tok::RBracket ? "[" : "{";
      failAt(t.span, absl::StrCat("parse error on input ", quoted(t.text)),
             {absl::StrCat("it matches no open ", quoted(open))});
    }
    unexpected(explicitBlock ? absl::StrCat("';' or '}' after ", av(what))
                             : absl::StrCat("';' or a new line between ", av(what)));
  }
}

// ===========================================================================
// Names

Name Parser::nameOf(const Token& t, bool isSym) {
  Name n;
  n.qual = std::string(t.qual);
  n.name = t.value.empty() ? std::string(t.text) : t.value;
  n.span = t.span;
  n.isSym = isSym;
  n.isCon = t.kind == Tok::ConId || t.kind == Tok::QConId || t.kind == Tok::ConSym ||
            t.kind == Tok::QConSym || t.kind == Tok::Colon;
  return n;
}

Name Parser::parseVar(std::string_view what) {
  if (at(Tok::VarId)) return nameOf(take(), false);
  if (at(Tok::LParen)) {
    SrcLoc s = startLoc();
    take();
    if (!at(Tok::VarSym) && !at(Tok::ConSym) && !at(Tok::Colon)) unexpected("an operator");
    Name n = nameOf(take(), true);
    expect(Tok::RParen, "')'");
    n.span = spanFrom(s);
    return n;
  }
  unexpected(what);
}

Name Parser::parseQop() {
  if (at(Tok::Backquote)) {
    SrcLoc s = startLoc();
    take();
    if (!at(Tok::VarId) && !at(Tok::QVarId) && !at(Tok::ConId) && !at(Tok::QConId))
      unexpected("an identifier between backquotes");
    Name n = nameOf(take(), false);
    expect(Tok::Backquote, "a closing backquote");
    n.span = spanFrom(s);
    return n;
  }
  if (!atQop()) unexpected("an operator");
  return nameOf(take(), true);
}

Name Parser::parseModuleName() {
  if (!at(Tok::ConId) && !at(Tok::QConId)) unexpected("a module name");
  Token t = take();
  Name n;
  n.name = std::string(t.text);
  n.span = t.span;
  n.isCon = true;
  return n;
}

// ===========================================================================
// Module header, exports, imports

Module* Parser::module() {
  Module* m = A.make<Module>();
  SrcLoc start = startLoc();
  if (at(Tok::KwModule)) {
    take();
    m->name = parseModuleName();
    if (at(Tok::LParen)) exportList(m);
    expect(Tok::KwWhere, "'where' after the module header");
  } else if (!at(Tok::LBrace)) {
    lay_.openImplicitHere();
  }
  block("declarations", [&] {
    if (at(Tok::KwImport)) {
      if (!m->decls.empty()) unexpected("a declaration (imports must come first)");
      m->imports.push_back(importDecl());
      return;
    }
    topOrLocalDecl(DeclCtx::Top, m->decls);
  }, /*closedByParseError=*/false);
  if (!at(Tok::Eof)) {
    unexpected(tok().firstOnLine
                   ? "end of input: this line is indented less than the module's first declaration"
                   : "end of input after the module's declarations");
  }
  groupBindings(m->decls);
  m->span = spanFrom(start);
  return m;
}

void Parser::exportList(Module* m) {
  m->hasExports = true;
  expect(Tok::LParen, "'('");
  while (!at(Tok::RParen)) {
    if (at(Tok::Comma)) {
      take();
      continue;
    }
    m->exports.push_back(ieItem(/*isExport=*/true));
    if (!at(Tok::Comma) && !at(Tok::RParen)) unexpected("',' or ')' in the export list");
  }
  take();
}

IEItem Parser::ieItem(bool isExport) {
  IEItem it;
  SrcLoc start = startLoc();
  if (isExport && at(Tok::KwModule)) {
    take();
    it.kind = IEItem::Kind::Module;
    it.name = parseModuleName();
  } else if (at(Tok::VarId) || at(Tok::QVarId)) {
    it.kind = IEItem::Kind::Var;
    it.name = nameOf(take(), false);
  } else if (at(Tok::LParen)) {
    take();
    if (!at(Tok::VarSym) && !at(Tok::QVarSym) && !at(Tok::ConSym) && !at(Tok::QConSym) &&
        !at(Tok::Colon))
      unexpected("an operator");
    bool con = at(Tok::ConSym) || at(Tok::QConSym);
    it.kind = con ? IEItem::Kind::Thing : IEItem::Kind::Var;
    it.name = nameOf(take(), true);
    expect(Tok::RParen, "')'");
  } else if (at(Tok::ConId) || at(Tok::QConId)) {
    it.kind = IEItem::Kind::Thing;
    it.name = nameOf(take(), false);
    if (at(Tok::LParen)) {
      take();
      if (at(Tok::DotDot)) {
        take();
        it.subs = IEItem::Subs::All;
      } else {
        it.subs = IEItem::Subs::List;
        while (!at(Tok::RParen)) {
          if (at(Tok::VarId) || at(Tok::ConId)) {
            it.subNames.push_back(nameOf(take(), false));
          } else if (at(Tok::LParen)) {
            it.subNames.push_back(parseVar("a name"));
          } else {
            unexpected("a constructor, field or method name");
          }
          if (at(Tok::Comma)) take();
          else if (!at(Tok::RParen)) unexpected("',' or ')'");
        }
      }
      expect(Tok::RParen, "')'");
    }
  } else {
    unexpected(isExport ? "an exported name" : "an imported name");
  }
  it.span = spanFrom(start);
  return it;
}

ImportDecl* Parser::importDecl() {
  ImportDecl* d = A.make<ImportDecl>();
  SrcLoc start = startLoc();
  take();  // import
  if (atVarIdText("qualified")) {
    take();
    d->qualified = true;
  }
  d->module = parseModuleName();
  if (atVarIdText("as")) {
    take();
    d->as = parseModuleName();
  }
  if (atVarIdText("hiding")) {
    take();
    d->hiding = true;
    if (!at(Tok::LParen)) unexpected("'(' after 'hiding'");
  }
  if (at(Tok::LParen)) {
    take();
    d->hasList = true;
    while (!at(Tok::RParen)) {
      if (at(Tok::Comma)) {
        take();
        continue;
      }
      d->items.push_back(ieItem(/*isExport=*/false));
      if (!at(Tok::Comma) && !at(Tok::RParen)) unexpected("',' or ')' in the import list");
    }
    take();
  }
  d->span = spanFrom(start);
  return d;
}

// ===========================================================================
// Declarations

std::vector<Decl*> Parser::declBlock(DeclCtx ctx) {
  std::vector<Decl*> decls;
  block("declarations", [&] { topOrLocalDecl(ctx, decls); });
  groupBindings(decls);
  return decls;
}

void Parser::topOrLocalDecl(DeclCtx ctx, std::vector<Decl*>& out) {
  bool top = ctx == DeclCtx::Top;
  switch (kind()) {
    case Tok::KwData:
      if (!top) unexpected("a declaration");
      out.push_back(dataDecl(false));
      break;
    case Tok::KwNewtype:
      if (!top) unexpected("a declaration");
      out.push_back(dataDecl(true));
      break;
    case Tok::KwType:
      if (!top) unexpected("a declaration");
      out.push_back(typeSynDecl());
      break;
    case Tok::KwClass:
      if (!top) unexpected("a declaration");
      out.push_back(classDecl());
      break;
    case Tok::KwInstance:
      if (!top) unexpected("a declaration");
      out.push_back(instanceDecl());
      break;
    case Tok::KwDefault:
      if (!top) unexpected("a declaration");
      out.push_back(defaultDecl());
      break;
    case Tok::KwInfix: case Tok::KwInfixl: case Tok::KwInfixr:
      out.push_back(fixityDecl());
      break;
    case Tok::PragmaInline:
      out.push_back(inlinePragma());
      break;
    case Tok::KwImport: case Tok::KwModule:
      unexpected("a declaration");
    default:
      out.push_back(valueDecl(ctx));
      break;
  }
  if (top) checkNoPatternSyntax();
}

Decl* Parser::fixityDecl() {
  Decl* d = A.make<Decl>(Decl::Kind::Fixity);
  SrcLoc start = startLoc();
  Tok k = take().kind;
  d->assoc = k == Tok::KwInfixl ? Decl::Assoc::Left
           : k == Tok::KwInfixr ? Decl::Assoc::Right : Decl::Assoc::None;
  if (at(Tok::Integer)) {
    Token p = take();
    int v = p.text.size() > 2 ? 100 : std::atoi(std::string(p.text).c_str());
    if (p.text.find_first_not_of("0123456789") != std::string_view::npos || v > 9)
      failAt(p.span, absl::StrCat("Precedence out of range: ", av(p.text)),
             {"a fixity declaration's precedence is a digit from 0 to 9"});
    d->precedence = v;
  }
  for (;;) {
    if (at(Tok::Backquote)) {
      d->names.push_back(parseQop());
    } else if (at(Tok::VarSym) || at(Tok::ConSym) || at(Tok::Colon)) {
      d->names.push_back(nameOf(take(), true));
    } else {
      unexpected("an operator in the fixity declaration");
    }
    if (!at(Tok::Comma)) break;
    take();
  }
  d->span = spanFrom(start);
  return d;
}

Decl* Parser::inlinePragma() {
  Decl* d = A.make<Decl>(Decl::Kind::Inline);
  SrcLoc start = startLoc();
  d->pragma = take().value;
  d->names.push_back(parseVar("the name of a function"));
  expect(Tok::PragmaEnd, "'#-}' to close the pragma");
  d->span = spanFrom(start);
  return d;
}

// The left-hand side of an equation, classified (see Note [Patterns parsed as
// expressions]).
struct FunLhs {
  Name name;
  std::vector<Expr*> args;
  bool infix = false;
};

// Builds a single expression from items [from, to) of an infix sequence.
static Expr* infixSlice(AstArena& A, Expr* whole, size_t from, size_t to) {
  if (to - from == 1 && whole->items[from].kind == IK::Operand) return whole->items[from].operand;
  Expr* e = A.make<Expr>(Expr::Kind::Infix);
  e->items.assign(whole->items.begin() + from, whole->items.begin() + to);
  auto spanOf = [](const InfixItem<Expr>& it) {
    return it.kind == IK::Operand ? it.operand->span : it.op.span;
  };
  e->span = SrcSpan::between(spanOf(e->items.front()), spanOf(e->items.back()));
  return e;
}

// Recognises `f a b`, `a <+> b`, a `op` b, `(f a) b` and `(a <+> b) c`,
// with out.args the argument expressions in order. Returns false for a
// pattern binding.
static bool splitFunLhs(AstArena& A, Expr* e, FunLhs& out) {
  switch (e->kind) {
    case Expr::Kind::Var:
      if (!e->name.qual.empty()) return false;
      out.name = e->name;
      return true;
    case Expr::Kind::App: {
      Expr* head = e->e1;
      if (head->kind == Expr::Kind::Var && head->name.qual.empty()) {
        out.name = head->name;
        out.args = e->args;
        return true;
      }
      if (head->kind == Expr::Kind::Paren) {
        FunLhs inner;
        Expr* in = head->e1;
        if ((in->kind == Expr::Kind::App || in->kind == Expr::Kind::Infix) &&
            splitFunLhs(A, in, inner)) {
          out = inner;
          out.args.insert(out.args.end(), e->args.begin(), e->args.end());
          return true;
        }
      }
      return false;
    }
    case Expr::Kind::Infix: {
      int varops = 0;
      size_t at = 0;
      for (size_t i = 0; i < e->items.size(); ++i) {
        if (e->items[i].kind == IK::Op && !e->items[i].op.isCon) {
          ++varops;
          at = i;
        }
      }
      if (varops != 1 || !e->items[at].op.qual.empty() || at == 0 || at + 1 >= e->items.size())
        return false;
      out.name = e->items[at].op;
      out.infix = true;
      out.args = {infixSlice(A, e, 0, at), infixSlice(A, e, at + 1, e->items.size())};
      return true;
    }
    default:
      return false;
  }
}

Decl* Parser::valueDecl(DeclCtx ctx) {
  SrcLoc start = startLoc();
  Expr* lhs = infixExp();
  if (at(Tok::DoubleColon) || at(Tok::Comma)) {
    Decl* d = A.make<Decl>(Decl::Kind::TypeSig);
    auto asVar = [&](Expr* e) {
      if (e->kind == Expr::Kind::Var && e->name.qual.empty()) return e->name;
      if (e->kind == Expr::Kind::Paren && e->e1->kind == Expr::Kind::Var && e->e1->name.isSym &&
          e->e1->name.qual.empty())
        return e->e1->name;
      failAt(SrcSpan{file_.id, start, lastEnd_}, "Invalid type signature",
             {"Should be of form <variable> :: <type>"});
    };
    d->names.push_back(asVar(lhs));
    while (at(Tok::Comma)) {
      take();
      d->names.push_back(parseVar("a variable in the type signature"));
    }
    expect(Tok::DoubleColon, "'::'");
    d->sig = qualType();
    d->span = spanFrom(start);
    return d;
  }
  if (!at(Tok::Equals) && !at(Tok::Bar)) {
    if (ctx == DeclCtx::Top && (isSemi(kind()) || at(Tok::VRBrace) || at(Tok::Eof)))
      failAt(SrcSpan{file_.id, start, lastEnd_},
             "Parse error: module header, import declaration or top-level declaration expected.",
             {"a top-level expression needs a binding, such as: main = ..."});
    unexpected("'=' or '|' (a declaration)");
  }
  FunLhs f;
  if (splitFunLhs(A, lhs, f)) {
    Decl* d = A.make<Decl>(Decl::Kind::FunBind);
    d->name = f.name;
    Match* m = A.make<Match>();
    m->infix = f.infix && lhs->kind == Expr::Kind::Infix;
    for (Expr* a : f.args) m->pats.push_back(exprToPat(a));
    m->rhs = rhs(Tok::Equals);
    m->span = spanFrom(start);
    d->matches.push_back(m);
    d->span = m->span;
    return d;
  }
  Decl* d = A.make<Decl>(Decl::Kind::PatBind);
  d->pat = exprToPat(lhs);
  d->rhs = rhs(Tok::Equals);
  d->span = spanFrom(start);
  return d;
}

Rhs* Parser::rhs(Tok sep) {
  Rhs* r = A.make<Rhs>();
  SrcLoc start = startLoc();
  std::string_view sepText = sep == Tok::Equals ? "'='" : "'->'";
  if (at(Tok::Bar)) {
    while (at(Tok::Bar)) {
      GuardedRhs* g = A.make<GuardedRhs>();
      SrcLoc gs = startLoc();
      take();
      for (;;) {
        g->guards.push_back(stmt(/*inDo=*/false));
        if (!at(Tok::Comma)) break;
        take();
      }
      expect(sep, absl::StrCat(av(sepText), " after the guard"));
      g->body = exp();
      g->span = spanFrom(gs);
      r->guarded.push_back(g);
    }
  } else {
    expect(sep, sepText);
    r->body = exp();
  }
  r->span = spanFrom(start);
  if (at(Tok::KwWhere)) {
    take();
    r->hasWhere = true;
    r->where = declBlock(DeclCtx::Local);
  }
  return r;
}

void Parser::groupBindings(std::vector<Decl*>& decls) {
  std::vector<Decl*> out;
  for (Decl* d : decls) {
    if (d->kind == Decl::Kind::FunBind && !out.empty() &&
        out.back()->kind == Decl::Kind::FunBind && out.back()->name.name == d->name.name &&
        !d->matches.empty() && !d->matches.front()->pats.empty() &&
        !out.back()->matches.front()->pats.empty()) {
      Decl* prev = out.back();
      prev->matches.insert(prev->matches.end(), d->matches.begin(), d->matches.end());
      prev->span = SrcSpan::between(prev->span, d->span);
      continue;
    }
    out.push_back(d);
  }
  decls = std::move(out);
}

void Parser::simpleType(Type* t, Decl* d) {
  Type* head = t;
  std::vector<Type*> args;
  if (t->kind == Type::Kind::App) {
    head = t->t1;
    args = t->args;
  }
  if (head->kind != Type::Kind::Con || !head->name.qual.empty() || head->name.isSym ||
      head->name.name == "()" || head->name.name == "[]")
    failAt(t->span, "malformed head of type or class declaration",
           {"expected a type constructor applied to type variables"});
  d->name = head->name;
  for (Type* a : args) {
    if (a->kind != Type::Kind::Var)
      failAt(a->span, "malformed head of type or class declaration",
             {"expected a type variable"});
    d->tyvars.push_back(a->name);
  }
}

Decl* Parser::dataDecl(bool isNewtype) {
  Decl* d = A.make<Decl>(isNewtype ? Decl::Kind::Newtype : Decl::Kind::Data);
  SrcLoc start = startLoc();
  take();
  if (!canStartAType(kind())) unexpected("a type constructor");
  Type* head = btype();
  if (at(Tok::DoubleArrow)) {
    take();
    d->context = typeToContext(head);
    head = btype();
  }
  simpleType(head, d);
  if (at(Tok::Equals)) {
    take();
    for (;;) {
      d->cons.push_back(constructor());
      if (!at(Tok::Bar)) break;
      take();
    }
  } else if (isNewtype) {
    unexpected("'=' and a constructor");
  }
  if (at(Tok::KwDeriving)) derivingClause(d);
  d->span = spanFrom(start);
  return d;
}

void Parser::derivingClause(Decl* d) {
  take();
  d->hasDeriving = true;
  auto cls = [&] {
    if (!at(Tok::ConId) && !at(Tok::QConId)) unexpected("a class name");
    d->deriving.push_back(nameOf(take(), false));
  };
  if (at(Tok::LParen)) {
    take();
    while (!at(Tok::RParen)) {
      cls();
      if (at(Tok::Comma)) take();
      else if (!at(Tok::RParen)) unexpected("',' or ')'");
    }
    take();
  } else {
    cls();
  }
}

ConDecl* Parser::constructor() {
  ConDecl* c = A.make<ConDecl>();
  SrcLoc start = startLoc();
  auto field = [&]() -> Type* {
    if (atVarSym("!")) {
      SrcLoc s = startLoc();
      take();
      Type* b = mkType(Type::Kind::Bang, {});
      b->t1 = atype();
      b->span = spanFrom(s);
      return b;
    }
    return atype();
  };
  auto atConOp = [&] {
    return at(Tok::ConSym) || at(Tok::Colon) || at(Tok::Backquote);
  };
  auto asBtype = [&](std::vector<Type*>& items) -> Type* {
    if (items.size() == 1) return items[0];
    for (Type* t : items)
      if (t->kind == Type::Kind::Bang) failAt(t->span, "parse error in constructor", {"a strictness annotation '!' applies to a whole field"});
    Type* app = mkType(Type::Kind::App, SrcSpan::between(items.front()->span, items.back()->span));
    app->t1 = items[0];
    app->args.assign(items.begin() + 1, items.end());
    return app;
  };
  std::vector<Type*> items;
  bool prefixCon = false;
  if (at(Tok::ConId)) {
    c->name = nameOf(take(), false);
    prefixCon = true;
    if (at(Tok::LBrace)) {
      take();
      c->record = true;
      while (!at(Tok::RBrace)) {
        ConField f;
        SrcLoc fs = startLoc();
        for (;;) {
          f.names.push_back(parseVar("a field name"));
          if (!at(Tok::Comma)) break;
          take();
        }
        expect(Tok::DoubleColon, "'::' after the field names");
        if (atVarSym("!")) {
          f.type = field();
        } else {
          f.type = type();
        }
        f.span = spanFrom(fs);
        c->fields.push_back(std::move(f));
        if (at(Tok::Comma)) take();
        else if (!at(Tok::RBrace)) unexpected("',' or '}' in the record declaration");
      }
      take();
      c->span = spanFrom(start);
      return c;
    }
  } else if (at(Tok::LParen)) {
    // (:+) a b, or a parenthesised type starting an infix constructor.
    SrcLoc ps = startLoc();
    take();
    if (at(Tok::ConSym) || at(Tok::Colon)) {
      c->name = nameOf(take(), true);
      expect(Tok::RParen, "')'");
      c->name.span = spanFrom(ps);
      prefixCon = true;
    } else {
      // Re-parse as a type: rebuild "(type, ...)" by hand.
      std::vector<Type*> comps;
      if (at(Tok::RParen)) {
        take();
        Type* unit = mkType(Type::Kind::Con, spanFrom(ps));
        unit->name.name = "()";
        unit->name.isCon = true;
        items.push_back(unit);
      } else {
        comps.push_back(type());
        while (at(Tok::Comma)) {
          take();
          comps.push_back(type());
        }
        expect(Tok::RParen, "')'");
        Type* t = mkType(comps.size() == 1 ? Type::Kind::Paren : Type::Kind::Tuple, spanFrom(ps));
        if (comps.size() == 1) t->t1 = comps[0];
        else t->args = comps;
        items.push_back(t);
      }
    }
  }
  while (canStartAType(kind()) || atVarSym("!")) items.push_back(field());
  if (atConOp()) {
    Type* lhs;
    if (prefixCon) {
      Type* con = mkType(Type::Kind::Con, c->name.span);
      con->name = c->name;
      items.insert(items.begin(), con);
    }
    if (items.empty()) unexpected("a constructor");
    lhs = asBtype(items);
    c->name = parseQop();
    if (!c->name.isCon) failAt(c->name.span, "parse error in constructor", {"expected a constructor operator"});
    c->infix = true;
    std::vector<Type*> rhsItems;
    while (canStartAType(kind()) || atVarSym("!")) rhsItems.push_back(field());
    if (rhsItems.empty()) unexpected("a type after the constructor operator");
    c->args.push_back(lhs);
    c->args.push_back(asBtype(rhsItems));
  } else {
    if (!prefixCon) unexpected("a data constructor");
    c->args = std::move(items);
  }
  c->span = spanFrom(start);
  return c;
}

Decl* Parser::typeSynDecl() {
  Decl* d = A.make<Decl>(Decl::Kind::TypeSyn);
  SrcLoc start = startLoc();
  take();
  if (!canStartAType(kind())) unexpected("a type constructor");
  simpleType(btype(), d);
  expect(Tok::Equals, "'=' in the type synonym");
  d->type = type();
  d->span = spanFrom(start);
  return d;
}

Decl* Parser::classDecl() {
  Decl* d = A.make<Decl>(Decl::Kind::Class);
  SrcLoc start = startLoc();
  take();
  if (!canStartAType(kind())) unexpected("a class name");
  Type* head = btype();
  if (at(Tok::DoubleArrow)) {
    take();
    d->context = typeToContext(head);
    if (!canStartAType(kind())) unexpected("a class name");
    head = btype();
  }
  simpleType(head, d);
  if (at(Tok::KwWhere)) {
    take();
    d->body = declBlock(DeclCtx::Class);
  }
  d->span = spanFrom(start);
  return d;
}

Decl* Parser::instanceDecl() {
  Decl* d = A.make<Decl>(Decl::Kind::Instance);
  SrcLoc start = startLoc();
  take();
  if (!canStartAType(kind())) unexpected("a class name");
  Type* head = btype();
  if (at(Tok::DoubleArrow)) {
    take();
    d->context = typeToContext(head);
    if (!canStartAType(kind())) unexpected("a class name");
    head = btype();
  }
  if (head->kind != Type::Kind::App || head->t1->kind != Type::Kind::Con ||
      head->args.size() != 1)
    failAt(head->span, "malformed instance head",
           {"expected a class applied to one type, such as Show (Tree a)"});
  d->name = head->t1->name;
  d->type = head->args[0];
  if (at(Tok::KwWhere)) {
    take();
    d->body = declBlock(DeclCtx::Instance);
  }
  d->span = spanFrom(start);
  return d;
}

Decl* Parser::defaultDecl() {
  Decl* d = A.make<Decl>(Decl::Kind::Default);
  SrcLoc start = startLoc();
  take();
  expect(Tok::LParen, "'(' after 'default'");
  while (!at(Tok::RParen)) {
    d->types.push_back(type());
    if (at(Tok::Comma)) take();
    else if (!at(Tok::RParen)) unexpected("',' or ')'");
  }
  take();
  d->span = spanFrom(start);
  return d;
}

// ===========================================================================
// Expressions

Expr* Parser::exp() {
  SrcLoc start = startLoc();
  Expr* e = infixExp();
  if (at(Tok::DoubleColon)) {
    take();
    Expr* s = mk(Expr::Kind::TypeSig, {});
    s->e1 = e;
    s->type = qualType();
    s->span = spanFrom(start);
    return s;
  }
  return e;
}

Expr* Parser::infixExp(Name* trailingOp, const Token* leadingMinus) {
  SrcLoc start = leadingMinus ? leadingMinus->span.start : startLoc();
  std::vector<InfixItem<Expr>> items;
  if (leadingMinus) {
    InfixItem<Expr> neg;
    neg.kind = IK::Neg;
    neg.op = nameOf(*leadingMinus, true);
    items.push_back(std::move(neg));
  }
  for (;;) {
    if (atVarSym("-")) {
      InfixItem<Expr> neg;
      neg.kind = IK::Neg;
      neg.op = nameOf(take(), true);
      items.push_back(std::move(neg));
      continue;
    }
    InfixItem<Expr> operand;
    operand.operand = lexp();
    Expr::Kind k = operand.operand->kind;
    if ((k == Expr::Kind::Do || k == Expr::Kind::Case) && canStartAExp(kind())) {
      // GHC parses `do {...} x` as an application and rejects it; so do we.
      failAt(operand.operand->span,
             k == Expr::Kind::Do ? "Unexpected do block in function application"
                                 : "Unexpected case expression in function application",
             {"You could write it with parentheses",
              "(or is a statement indented less than the block it belongs to?)"});
    }
    items.push_back(std::move(operand));
    if (!atQop()) break;
    InfixItem<Expr> op;
    op.kind = IK::Op;
    op.op = parseQop();
    if (trailingOp && at(Tok::RParen)) {
      *trailingOp = op.op;
      break;
    }
    items.push_back(std::move(op));
  }
  if (items.size() == 1) return items[0].operand;
  Expr* e = mk(Expr::Kind::Infix, {});
  e->items = std::move(items);
  e->span = spanFrom(start);
  if (trailingOp && !trailingOp->name.empty()) {
    // The span of a section's operand ends before the operator.
    const auto& last = e->items.back();
    e->span.end = last.kind == IK::Operand ? last.operand->span.end : last.op.span.end;
  }
  return e;
}

Expr* Parser::lexp() {
  DepthGuard guard(*this);
  SrcLoc start = startLoc();
  switch (kind()) {
    case Tok::Backslash: {
      take();
      Expr* e = mk(Expr::Kind::Lambda, {});
      if (!canStartAExp(kind())) unexpected("a pattern after '\\'");
      while (canStartAExp(kind())) e->pats.push_back(exprToPat(aexp()));
      expect(Tok::RightArrow, "'->' in the lambda");
      e->e1 = exp();
      e->span = spanFrom(start);
      return e;
    }
    case Tok::KwLet: {
      take();
      Expr* e = mk(Expr::Kind::Let, {});
      e->decls = declBlock(DeclCtx::Local);
      expect(Tok::KwIn, "'in' after the let bindings");
      e->e1 = exp();
      e->span = spanFrom(start);
      return e;
    }
    case Tok::KwIf: {
      take();
      Expr* e = mk(Expr::Kind::If, {});
      e->e1 = exp();
      if (isSemi(kind()) && lay_.peekAfterSemi().kind == Tok::KwThen) take();
      expect(Tok::KwThen, "'then' after the condition");
      e->e2 = exp();
      if (isSemi(kind()) && lay_.peekAfterSemi().kind == Tok::KwElse) take();
      expect(Tok::KwElse, "'else' (every 'if' needs one)");
      e->e3 = exp();
      e->span = spanFrom(start);
      return e;
    }
    case Tok::KwCase: {
      take();
      Expr* e = mk(Expr::Kind::Case, {});
      e->e1 = exp();
      expect(Tok::KwOf, "'of' after the case scrutinee");
      block("case alternatives", [&] { e->alts.push_back(alt()); });
      e->span = spanFrom(start);
      return e;
    }
    case Tok::KwDo: {
      Token doTok = take();
      Expr* e = mk(Expr::Kind::Do, {});
      block("statements", [&] { e->stmts.push_back(stmt(/*inDo=*/true)); });
      e->span = spanFrom(start);
      if (e->stmts.empty())
        failAt(doTok.span, "Empty 'do' block", {"expected at least one statement after 'do'"});
      Stmt* last = e->stmts.back();
      if (last->kind != Stmt::Kind::Expr)
        failAt(last->span, "The last statement in a 'do' block must be an expression",
               {"expected an expression to end the block, such as: return x"});
      return e;
    }
    case Tok::PragmaScc: {
      Token p = take();
      Expr* e = mk(Expr::Kind::Scc, {});
      e->name.name = p.value;
      e->name.span = p.span;
      e->e1 = exp();
      e->span = spanFrom(start);
      return e;
    }
    default:
      return fexp();
  }
}

Expr* Parser::fexp() {
  SrcLoc start = startLoc();
  Expr* head = aexp();
  if (!canStartAExp(kind())) return head;
  Expr* app = mk(Expr::Kind::App, {});
  app->e1 = head;
  while (canStartAExp(kind())) app->args.push_back(aexp());
  app->span = spanFrom(start);
  return app;
}

Expr* Parser::aexp() {
  SrcLoc start = startLoc();
  Expr* e = aexp1();
  while (at(Tok::LBrace)) {  // record construction or update
    take();
    bool isCon = e->kind == Expr::Kind::Con;
    Expr* r = mk(isCon ? Expr::Kind::RecordCon : Expr::Kind::RecordUpd, {});
    if (isCon) r->name = e->name;
    else r->e1 = e;
    while (!at(Tok::RBrace)) {
      FieldBind fb;
      SrcLoc fs = startLoc();
      if (!at(Tok::VarId) && !at(Tok::QVarId) && !at(Tok::LParen)) unexpected("a field name");
      fb.field = at(Tok::LParen) ? parseVar("a field name") : nameOf(take(), false);
      expect(Tok::Equals, "'=' after the field name");
      fb.value = exp();
      fb.span = spanFrom(fs);
      r->fields.push_back(std::move(fb));
      if (at(Tok::Comma)) take();
      else if (!at(Tok::RBrace)) unexpected("',' or '}' in the record");
    }
    take();
    r->span = spanFrom(start);
    e = r;
  }
  return e;
}

Expr* Parser::aexp1() {
  DepthGuard guard(*this);
  SrcLoc start = startLoc();
  switch (kind()) {
    case Tok::VarId: case Tok::QVarId: {
      Token t = take();
      Expr* v = mk(Expr::Kind::Var, t.span);
      v->name = nameOf(t, false);
      if (at(Tok::At) && t.kind == Tok::VarId) {
        take();
        Expr* as = patOnly(mk(Expr::Kind::AsPat, {}));
        as->name = v->name;
        as->e1 = aexp();
        as->span = spanFrom(start);
        return as;
      }
      return v;
    }
    case Tok::ConId: case Tok::QConId: {
      Token t = take();
      Expr* c = mk(Expr::Kind::Con, t.span);
      c->name = nameOf(t, false);
      return c;
    }
    case Tok::Integer: case Tok::Float: case Tok::Char: case Tok::String: {
      Token t = take();
      Expr* l = mk(Expr::Kind::Lit, t.span);
      l->lit.kind = t.kind == Tok::Integer ? Literal::Kind::Int
                  : t.kind == Tok::Float   ? Literal::Kind::Frac
                  : t.kind == Tok::Char    ? Literal::Kind::Char : Literal::Kind::String;
      l->lit.text = std::string(t.text);
      l->lit.str = t.kind == Tok::String ? t.value : std::string();
      l->lit.ch = t.charValue;
      return l;
    }
    case Tok::Underscore:
      return patOnly(mk(Expr::Kind::Wildcard, take().span));
    case Tok::Tilde: {
      take();
      Expr* lz = patOnly(mk(Expr::Kind::LazyPat, {}));
      lz->e1 = aexp();
      lz->span = spanFrom(start);
      return lz;
    }
    case Tok::LParen:
      return parenExp();
    case Tok::LBracket:
      return bracketExp();
    default:
      unexpected("an expression");
  }
}

Expr* Parser::parenExp() {
  SrcLoc start = startLoc();
  take();  // (
  auto special = [&](std::string name) {
    Expr* c = mk(Expr::Kind::Con, spanFrom(start));
    c->name.name = std::move(name);
    c->name.isCon = true;
    c->name.span = c->span;
    return c;
  };
  if (at(Tok::RParen)) {
    take();
    return special("()");
  }
  if (at(Tok::Comma)) {
    std::string name = "(";
    while (at(Tok::Comma)) {
      take();
      name += ',';
    }
    expect(Tok::RParen, "')' after the commas of a tuple constructor");
    return special(name + ")");
  }
  if (atVarSym("-")) {  // (-), or a negated expression
    Token minus = take();
    if (at(Tok::RParen)) {
      take();
      Expr* v = mk(Expr::Kind::Var, spanFrom(start));
      v->name = nameOf(minus, true);
      return v;
    }
    Expr* first = infixExp(nullptr, &minus);
    if (at(Tok::DoubleColon)) {
      take();
      Expr* s = mk(Expr::Kind::TypeSig, {});
      s->e1 = first;
      s->type = qualType();
      s->span = SrcSpan::between(first->span, SrcSpan{file_.id, lastEnd_, lastEnd_});
      first = s;
    }
    Expr* p;
    if (at(Tok::Comma)) {
      p = mk(Expr::Kind::Tuple, {});
      p->args.push_back(first);
      while (at(Tok::Comma)) {
        take();
        p->args.push_back(exp());
      }
    } else {
      p = mk(Expr::Kind::Paren, {});
      p->e1 = first;
    }
    expect(Tok::RParen, "')'");
    p->span = spanFrom(start);
    return p;
  }
  if (atQop()) {  // (+), (`div` x), (+ x)
    bool backquoted = at(Tok::Backquote);
    Name op = parseQop();
    if (at(Tok::RParen) && !backquoted) {
      take();
      Expr* v = mk(op.isCon ? Expr::Kind::Con : Expr::Kind::Var, spanFrom(start));
      v->name = op;
      return v;
    }
    Expr* s = mk(Expr::Kind::RightSection, {});
    s->name = op;
    s->e1 = infixExp();
    expect(Tok::RParen, "')' to close the section");
    s->span = spanFrom(start);
    return s;
  }
  Name trailing;
  Expr* first = infixExp(&trailing);
  if (!trailing.name.empty()) {
    take();  // )
    Expr* s = mk(Expr::Kind::LeftSection, spanFrom(start));
    s->e1 = first;
    s->name = trailing;
    return s;
  }
  if (at(Tok::DoubleColon)) {
    SrcLoc fs = first->span.start;
    take();
    Expr* s = mk(Expr::Kind::TypeSig, {});
    s->e1 = first;
    s->type = qualType();
    s->span = spanFrom(fs);
    first = s;
  }
  if (at(Tok::Comma)) {
    Expr* t = mk(Expr::Kind::Tuple, {});
    t->args.push_back(first);
    while (at(Tok::Comma)) {
      take();
      if (at(Tok::Comma) || at(Tok::RParen))
        failAt(SrcSpan{file_.id, start, tok().span.end}, "Illegal tuple section: use TupleSections",
               {"expected an expression for every tuple component"});
      t->args.push_back(exp());
    }
    expect(Tok::RParen, "')' to close the tuple");
    t->span = spanFrom(start);
    return t;
  }
  expect(Tok::RParen, "')'");
  Expr* p = mk(Expr::Kind::Paren, spanFrom(start));
  p->e1 = first;
  return p;
}

Expr* Parser::bracketExp() {
  SrcLoc start = startLoc();
  take();  // [
  if (at(Tok::RBracket)) {
    take();
    Expr* c = mk(Expr::Kind::Con, spanFrom(start));
    c->name.name = "[]";
    c->name.isCon = true;
    c->name.span = c->span;
    return c;
  }
  Expr* first = exp();
  auto seq = [&](Expr* from, Expr* then) {
    take();  // ..
    Expr* s = mk(Expr::Kind::ArithSeq, {});
    s->e1 = from;
    s->e2 = then;
    if (!at(Tok::RBracket)) s->e3 = exp();
    expect(Tok::RBracket, "']' to close the arithmetic sequence");
    s->span = spanFrom(start);
    return s;
  };
  if (at(Tok::DotDot)) return seq(first, nullptr);
  if (at(Tok::Bar)) {
    take();
    Expr* lc = mk(Expr::Kind::ListComp, {});
    lc->e1 = first;
    for (;;) {
      lc->stmts.push_back(stmt(/*inDo=*/false));
      if (!at(Tok::Comma)) break;
      take();
    }
    expect(Tok::RBracket, "']' to close the list comprehension");
    lc->span = spanFrom(start);
    return lc;
  }
  Expr* list = mk(Expr::Kind::List, {});
  list->args.push_back(first);
  if (at(Tok::Comma)) {
    take();
    Expr* second = exp();
    if (at(Tok::DotDot)) return seq(first, second);
    list->args.push_back(second);
    while (at(Tok::Comma)) {
      take();
      list->args.push_back(exp());
    }
  }
  expect(Tok::RBracket, "']' to close the list");
  list->span = spanFrom(start);
  return list;
}

Alt* Parser::alt() {
  Alt* a = A.make<Alt>();
  SrcLoc start = startLoc();
  a->pat = exprToPat(infixExp());
  a->rhs = rhs(Tok::RightArrow);
  a->span = spanFrom(start);
  return a;
}

Stmt* Parser::stmt(bool) {
  Stmt* s = A.make<Stmt>();
  SrcLoc start = startLoc();
  if (at(Tok::KwLet)) {
    take();
    std::vector<Decl*> decls = declBlock(DeclCtx::Local);
    if (at(Tok::KwIn)) {  // `let ... in e` used as an expression statement
      take();
      Expr* e = mk(Expr::Kind::Let, {});
      e->decls = std::move(decls);
      e->e1 = exp();
      e->span = spanFrom(start);
      s->kind = Stmt::Kind::Expr;
      s->expr = e;
    } else {
      s->kind = Stmt::Kind::Let;
      s->decls = std::move(decls);
    }
    s->span = spanFrom(start);
    return s;
  }
  // Do statements, qualifiers and guards all take `exp` (with an optional
  // type annotation), as GHC's grammar does.
  Expr* e = exp();
  if (at(Tok::LeftArrow)) {
    take();
    s->kind = Stmt::Kind::Bind;
    s->pat = exprToPat(e);
    s->expr = exp();
  } else {
    s->kind = Stmt::Kind::Expr;
    s->expr = e;
  }
  s->span = spanFrom(start);
  return s;
}

// ===========================================================================
// Patterns

void Parser::patternError(Expr* e) {
  std::string text;
  if (const SourceFile* f = sourceFile(e->span.file); f && e->span.start.line == e->span.end.line) {
    std::string_view line = f->lineText(e->span.start.line);
    // Columns equal byte offsets for ASCII lines without tabs (the usual case).
    if (line.find('\t') == std::string_view::npos && e->span.end.col - 1 <= line.size())
      text = std::string(line.substr(e->span.start.col - 1, e->span.end.col - e->span.start.col));
  }
  failAt(e->span, text.empty() ? "Parse error in pattern" : "Parse error in pattern: " + text,
         {"expected a pattern: a variable, literal, constructor application, tuple or list"});
}

Pat* Parser::exprToPat(Expr* e) {
  DepthGuard guard(*this);
  switch (e->kind) {
    case Expr::Kind::Var: {
      if (!e->name.qual.empty() || e->name.isSym) patternError(e);
      Pat* p = mkPat(Pat::Kind::Var, e->span);
      p->name = e->name;
      return p;
    }
    case Expr::Kind::Wildcard:
      converted_.push_back(e);
      return mkPat(Pat::Kind::Wild, e->span);
    case Expr::Kind::Lit: {
      Pat* p = mkPat(Pat::Kind::Lit, e->span);
      p->lit = e->lit;
      return p;
    }
    case Expr::Kind::Con: {
      Pat* p = mkPat(Pat::Kind::Con, e->span);
      p->name = e->name;
      return p;
    }
    case Expr::Kind::App: {
      if (e->e1->kind != Expr::Kind::Con) patternError(e->e1);
      Pat* p = mkPat(Pat::Kind::Con, e->span);
      p->name = e->e1->name;
      for (Expr* a : e->args) p->args.push_back(exprToPat(a));
      return p;
    }
    case Expr::Kind::Infix: {
      Pat* p = mkPat(Pat::Kind::Infix, e->span);
      const auto& items = e->items;
      for (size_t i = 0; i < items.size(); ++i) {
        const auto& it = items[i];
        InfixItem<Pat> pi;
        if (it.kind == IK::Neg) {
          // Only a negative numeric literal: -1, -2.5
          if (i + 1 >= items.size() || items[i + 1].kind != IK::Operand ||
              items[i + 1].operand->kind != Expr::Kind::Lit ||
              (items[i + 1].operand->lit.kind != Literal::Kind::Int &&
               items[i + 1].operand->lit.kind != Literal::Kind::Frac))
            patternError(e);
          Expr* litE = items[i + 1].operand;
          Pat* lit = mkPat(Pat::Kind::Lit, SrcSpan::between(it.op.span, litE->span));
          lit->lit = litE->lit;
          lit->negative = true;
          pi.operand = lit;
          ++i;
        } else if (it.kind == IK::Op) {
          if (!it.op.isCon) patternError(e);
          pi.kind = InfixItem<Pat>::Kind::Op;
          pi.op = it.op;
        } else {
          pi.operand = exprToPat(it.operand);
        }
        p->items.push_back(std::move(pi));
      }
      if (p->items.size() == 1) return p->items[0].operand;
      return p;
    }
    case Expr::Kind::Tuple: case Expr::Kind::List: {
      Pat* p = mkPat(e->kind == Expr::Kind::Tuple ? Pat::Kind::Tuple : Pat::Kind::List, e->span);
      for (Expr* a : e->args) p->args.push_back(exprToPat(a));
      return p;
    }
    case Expr::Kind::Paren: {
      Pat* p = mkPat(Pat::Kind::Paren, e->span);
      p->p1 = exprToPat(e->e1);
      return p;
    }
    case Expr::Kind::AsPat: {
      converted_.push_back(e);
      Pat* p = mkPat(Pat::Kind::As, e->span);
      p->name = e->name;
      p->p1 = exprToPat(e->e1);
      return p;
    }
    case Expr::Kind::LazyPat: {
      converted_.push_back(e);
      Pat* p = mkPat(Pat::Kind::Lazy, e->span);
      p->p1 = exprToPat(e->e1);
      return p;
    }
    case Expr::Kind::RecordCon: {
      Pat* p = mkPat(Pat::Kind::Record, e->span);
      p->name = e->name;
      for (const FieldBind& fb : e->fields) {
        FieldPat fp;
        fp.field = fb.field;
        fp.pat = exprToPat(fb.value);
        fp.span = fb.span;
        p->fields.push_back(std::move(fp));
      }
      return p;
    }
    default:
      patternError(e);
  }
}

void Parser::checkNoPatternSyntax() {
  if (patOnly_.size() == converted_.size()) {
    patOnly_.clear();
    converted_.clear();
    return;
  }
  std::sort(converted_.begin(), converted_.end());
  for (Expr* e : patOnly_) {
    if (std::binary_search(converted_.begin(), converted_.end(), e)) continue;
    switch (e->kind) {
      case Expr::Kind::Wildcard:
        failAt(e->span, "Found hole: _", {"a wildcard is a pattern; it cannot be used as an expression"});
      case Expr::Kind::LazyPat:
        failAt(e->span, "Lazy pattern in expression context", {"'~' marks an irrefutable pattern; it cannot be used in an expression"});
      default:
        failAt(e->span, "As-pattern in expression context", {"'@' binds a pattern; it cannot be used in an expression"});
    }
  }
  patOnly_.clear();
  converted_.clear();
}

// ===========================================================================
// Types

QualType* Parser::qualType() {
  QualType* q = A.make<QualType>();
  SrcLoc start = startLoc();
  Type* t = type();
  if (at(Tok::DoubleArrow)) {
    take();
    q->context = typeToContext(t);
    q->hasContext = true;
    t = type();
  }
  q->type = t;
  q->span = spanFrom(start);
  return q;
}

Type* Parser::type() {
  DepthGuard guard(*this);
  SrcLoc start = startLoc();
  Type* b = btype();
  if (!at(Tok::RightArrow)) return b;
  take();
  Type* f = mkType(Type::Kind::Fun, {});
  f->t1 = b;
  f->t2 = type();
  f->span = spanFrom(start);
  return f;
}

Type* Parser::btype() {
  SrcLoc start = startLoc();
  Type* head = atype();
  if (!canStartAType(kind())) return head;
  Type* app = mkType(Type::Kind::App, {});
  app->t1 = head;
  while (canStartAType(kind())) app->args.push_back(atype());
  app->span = spanFrom(start);
  return app;
}

Type* Parser::atype() {
  DepthGuard guard(*this);
  SrcLoc start = startLoc();
  auto con = [&](std::string name) {
    Type* t = mkType(Type::Kind::Con, spanFrom(start));
    t->name.name = std::move(name);
    t->name.isCon = true;
    t->name.span = t->span;
    return t;
  };
  switch (kind()) {
    case Tok::VarId: {
      Token tk = take();
      Type* t = mkType(Type::Kind::Var, tk.span);
      t->name = nameOf(tk, false);
      return t;
    }
    case Tok::ConId: case Tok::QConId: {
      Token tk = take();
      Type* t = mkType(Type::Kind::Con, tk.span);
      t->name = nameOf(tk, false);
      return t;
    }
    case Tok::LParen: {
      take();
      if (at(Tok::RParen)) {
        take();
        return con("()");
      }
      if (at(Tok::RightArrow)) {
        take();
        expect(Tok::RParen, "')' after '(->'");
        return con("->");
      }
      if (at(Tok::Comma)) {
        std::string name = "(";
        while (at(Tok::Comma)) {
          take();
          name += ',';
        }
        expect(Tok::RParen, "')'");
        return con(name + ")");
      }
      Type* first = type();
      if (at(Tok::Comma)) {
        Type* t = mkType(Type::Kind::Tuple, {});
        t->args.push_back(first);
        while (at(Tok::Comma)) {
          take();
          t->args.push_back(type());
        }
        expect(Tok::RParen, "')' to close the tuple type");
        t->span = spanFrom(start);
        return t;
      }
      expect(Tok::RParen, "')'");
      Type* p = mkType(Type::Kind::Paren, spanFrom(start));
      p->t1 = first;
      return p;
    }
    case Tok::LBracket: {
      take();
      if (at(Tok::RBracket)) {
        take();
        return con("[]");
      }
      Type* l = mkType(Type::Kind::List, {});
      l->t1 = type();
      expect(Tok::RBracket, "']' to close the list type");
      l->span = spanFrom(start);
      return l;
    }
    default:
      unexpected("a type");
  }
}

Assertion Parser::typeToAssertion(Type* t) {
  while (t->kind == Type::Kind::Paren) t = t->t1;
  Assertion a;
  a.span = t->span;
  if (t->kind == Type::Kind::App && t->t1->kind == Type::Kind::Con) {
    a.cls = t->t1->name;
    a.args = t->args;
    return a;
  }
  failAt(t->span, "malformed class assertion",
         {"expected a class applied to a type, such as Eq a"});
}

std::vector<Assertion> Parser::typeToContext(Type* t) {
  std::vector<Assertion> ctx;
  if (t->kind == Type::Kind::Con && t->name.name == "()") return ctx;
  if (t->kind == Type::Kind::Tuple) {
    for (Type* c : t->args) ctx.push_back(typeToAssertion(c));
    return ctx;
  }
  ctx.push_back(typeToAssertion(t));
  return ctx;
}

Expr* Parser::wholeExpression() {
  Expr* e = exp();
  if (!at(Tok::Eof)) unexpected("end of input after the expression");
  checkNoPatternSyntax();
  return e;
}

}  // namespace

Module* parseModule(const SourceFile& file, AstArena& arena, DiagnosticSink& sink) {
  try {
    Parser p(file, arena);
    return p.module();
  } catch (const SyntaxError& e) {
    sink.error(e.span, e.message, e.notes);
    return nullptr;
  }
}

Expr* parseExpression(const SourceFile& file, AstArena& arena, DiagnosticSink& sink) {
  try {
    Parser p(file, arena);
    return p.wholeExpression();
  } catch (const SyntaxError& e) {
    sink.error(e.span, e.message, e.notes);
    return nullptr;
  }
}

Module* parseFile(const SourceFile& file, AstArena& arena, DiagnosticSink& sink,
                  bool resolveFixity) {
  if (file.unlitError) {
    const UnlitError& err = *file.unlitError;
    sink.error(SrcSpan{file.id, err.where, SrcLoc{err.where.line, err.where.col + 1}},
               err.message, {"in a literate file, put a blank line between code and comment"});
    return nullptr;
  }
  Module* m = parseModule(file, arena, sink);
  if (m == nullptr) return nullptr;
  if (resolveFixity && !resolveFixities(*m, arena, sink)) return nullptr;
  return m;
}

}  // namespace core
