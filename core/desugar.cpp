// Desugaring expressions and bindings; the module driver.
#include "core/desugar.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "core/core_vars.h"
#include "core/desugar_impl.h"
#include "core/source_vars.h"
#include "core/scc.h"
#include "core/source_file.h"
#include "core/utf8.h"

namespace core {

// Note [Newtypes]
// ~~~~~~~~~~~~~~~
// A newtype's constructor is erased: `N e` is e, `N` alone is the identity,
// the pattern `N p` matches p against the value itself (so it never forces
// anything, as report 4.2.3 requires), and a newtype's field selector is the
// identity. Core therefore has no DataCon for it.

// Note [Recursive uses]
// ~~~~~~~~~~~~~~~~~~~~~
// Inside an implicitly typed binding group, members are used at one type
// (monomorphically), so those occurrences carry no evidence. After
// generalisation every member takes the group's dictionaries; a recursive
// occurrence passes on the dictionaries the enclosing member received
// (monoApply). Explicitly typed bindings instantiate their signature at
// every use, recursive or not, and carry evidence like any other occurrence.

static CoreExpr* saturate(Desugarer::Impl& D, const Entity* e, std::vector<CoreExpr*> args, const SrcSpan& at);
static CoreExpr* booleanOperator(Desugarer::Impl& D, const Entity* e, std::vector<CoreExpr*>& args,
                                 const SrcSpan& at);

namespace {

bool isAtomic(const CoreExpr* e) {
  return e->kind == CoreExpr::Kind::Var || e->kind == CoreExpr::Kind::Lit ||
         (e->kind == CoreExpr::Kind::ConApp && e->args.empty());
}

// "0x1F", "0o17", "0b101", "007" in decimal, for integer literals of any size.
std::string decimalOf(const std::string& text) {
  unsigned base = 10;
  size_t i = 0;
  if (text.size() > 2 && text[0] == '0') {
    char c = static_cast<char>(text[1] | 0x20);
    if (c == 'x') base = 16, i = 2;
    else if (c == 'o') base = 8, i = 2;
    else if (c == 'b') base = 2, i = 2;
  }
  std::vector<unsigned> digits{0};  // little-endian, base 10
  for (; i < text.size(); ++i) {
    char c = text[i];
    unsigned d;
    if (c >= '0' && c <= '9') d = static_cast<unsigned>(c - '0');
    else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') d = static_cast<unsigned>((c | 0x20) - 'a' + 10);
    else continue;  // '_' separators
    unsigned carry = d;
    for (unsigned& x : digits) {
      unsigned v = x * base + carry;
      x = v % 10;
      carry = v / 10;
    }
    while (carry) {
      digits.push_back(carry % 10);
      carry /= 10;
    }
  }
  while (digits.size() > 1 && digits.back() == 0) digits.pop_back();
  std::string out;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) out.push_back(static_cast<char>('0' + *it));
  return out;
}

// "1.25e-3" as a fraction n/d in decimal digits (not reduced).
std::pair<std::string, std::string> fractionOf(const std::string& text) {
  std::string mant, exp;
  bool afterDot = false, inExp = false;
  int scale = 0;
  for (char c : text) {
    if (inExp) exp.push_back(c);
    else if (c == '.') afterDot = true;
    else if (c == 'e' || c == 'E') inExp = true;
    else if (c >= '0' && c <= '9') {
      mant.push_back(c);
      if (afterDot) --scale;
    }
  }
  if (!exp.empty()) scale += std::atoi(exp.c_str());
  std::string num = decimalOf(mant.empty() ? "0" : mant), den = "1";
  if (scale > 0) num.append(static_cast<size_t>(std::min(scale, 100000)), '0');
  if (scale < 0) den.append(static_cast<size_t>(std::min(-scale, 100000)), '0');
  if (num == "0") den = "1";
  return {num, den};
}

}  // namespace

std::string Desugarer::Impl::quoteString(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

// The text of a one-line span, as GHC quotes a pattern in its messages.
std::string Desugarer::Impl::sourceText(const SrcSpan& at) {
  const SourceFile* f = sourceFile(at.file);
  if (f == nullptr || at.start.line != at.end.line || at.end.col <= at.start.col) return "pattern";
  std::string_view line = f->lineText(at.start.line);
  // Columns count code points (tabs to 8): walk the line to find the bytes.
  size_t from = std::string_view::npos, to = line.size();
  uint32_t col = 1;
  for (size_t i = 0; i < line.size();) {
    if (col == at.start.col) from = i;
    if (col == at.end.col) {
      to = i;
      break;
    }
    char32_t c = decodeUtf8(line, i);
    col = c == '\t' ? ((col - 1) / 8 + 1) * 8 + 1 : col + 1;
  }
  if (from == std::string_view::npos || from > to) return "pattern";
  return std::string(line.substr(from, to - from));
}

// ---- names ----------------------------------------------------------------------------
CoreVar* Desugarer::Impl::varFor(const Entity* e) {
  auto it = vars.find(e);
  if (it != vars.end()) return it->second;
  CoreVar* v = e->kind == EntityKind::Local ? fresh(e->name) : A.var(e->name, e->module);
  vars[e] = v;
  return v;
}

const Entity* Desugarer::Impl::wiredEntity(const std::string& name, const SrcSpan& at) {
  auto it = wired.find(name);
  if (it != wired.end()) return it->second;
  errors.push_back(Diagnostic{Severity::Error, at,
                              absl::StrCat("The library does not define ", quoted(name),
                                           ", which this program needs"),
                              {}});
  wired[name] = nullptr;  // report once
  return nullptr;
}

const DataCon* Desugarer::Impl::builtinCon(const std::string& name) {
  auto it = builtins.find("v " + name);
  if (it == builtins.end()) return nullptr;
  return conFor(it->second);
}

const DataCon* Desugarer::Impl::boolCon(bool value, const SrcSpan& at) {
  const Entity* e = wiredEntity(value ? "True" : "False", at);
  return e ? conFor(e) : nullptr;
}

const DataCon* Desugarer::Impl::conFor(const Entity* con) {
  auto it = cons.find(con);
  if (it != cons.end()) return it->second;
  // Built-in syntax: (), [], (:), (,), (,,), ...
  DataCon c;
  c.module = con->module;
  c.name = con->name;
  if (con->name == ":") c.tag = 1, c.arity = 2;
  else if (con->name.size() > 2 && con->name[0] == '(') c.arity = static_cast<uint32_t>(con->name.size() - 1);
  const DataCon* dc = A.con(std::move(c));
  cons[con] = dc;
  return dc;
}

size_t Desugarer::Impl::constructorsOfType(const Entity* con) {
  if (con->name == ":" || con->name == "[]") return 2;
  if (con->parent == nullptr) return 1;
  return static_cast<size_t>(std::count_if(con->parent->children.begin(), con->parent->children.end(),
                                           [](const Entity* k) { return k->kind == EntityKind::Con; }));
}

CoreExpr* Desugarer::Impl::ifThenElse(CoreExpr* c, CoreExpr* t, CoreExpr* f, const SrcSpan& at) {
  const DataCon* yes = boolCon(true, at);
  const DataCon* no = boolCon(false, at);
  if (!yes || !no) return t;
  std::vector<CoreAlt> alts(2);
  alts[0].kind = CoreAlt::Kind::Con;
  alts[0].con = no;
  alts[0].rhs = f;
  alts[1].kind = CoreAlt::Kind::Con;
  alts[1].con = yes;
  alts[1].rhs = t;
  return caseOf(c, nullptr, std::move(alts), at);
}

// ---- ticks ------------------------------------------------------------------------------
CoreExpr* Desugarer::Impl::withTick(CoreExpr* e, const Expr& source) {
  // The library has no break sites, as GHC's base has none (it is never
  // interpreted).
  if (!breakSitesHere()) return e;
  std::vector<std::pair<const Entity*, CoreVar*>> captured;
  for (const Entity* v : freeSourceLocals(source))
    if (!recursiveBinders.contains(v)) captured.emplace_back(v, varFor(v));
  CoreExpr* t = tickSite(e, source.span, captured);
  if (t != e && elab.exprType) out->breakSites.back().resultType = elab.exprType(&source);
  return t;
}

// A tick for site `at` capturing `captured` (shown as `names` when given,
// else as the entities' names).
CoreExpr* Desugarer::Impl::tickSite(CoreExpr* e, const SrcSpan& at,
                                    const std::vector<std::pair<const Entity*, CoreVar*>>& captured,
                                    const std::vector<std::string>& names) {
  if (!breakSitesHere()) return e;
  CoreExpr* t = A.expr(CoreExpr::Kind::Tick);
  t->tick = A.tick(Tick::Kind::Breakpoint);
  t->tick->module = module;
  t->tick->index = static_cast<uint32_t>(out->breakSites.size());
  BreakSite site;
  site.span = at;
  site.decl = module;
  auto mark = breakPathMarks.begin();
  for (size_t i = 0; i <= ccPath.size(); ++i) {
    for (; mark != breakPathMarks.end() && mark->first == i; ++mark) absl::StrAppend(&site.decl, ".", mark->second);
    if (i < ccPath.size() && ccPath[i] != "\\") absl::StrAppend(&site.decl, ".", ccPath[i]);  // lambdas are not declarations
  }
  for (size_t i = 0; i < captured.size(); ++i) {
    const auto& [v, cv] = captured[i];
    t->tick->freeVars.push_back(cv);
    site.vars.emplace_back(i < names.size() ? names[i] : v->name, v ? localTypeText(v) : std::string());
  }
  t->tick->span = at;
  t->span = at;
  t->body = e;
  out->breakSites.push_back(std::move(site));
  return t;
}

CoreExpr* Desugarer::Impl::withCostCentre(CoreExpr* e, const std::string& name, const SrcSpan& at) {
  // The library has no centres of its own, as GHC's base is built without
  // -fprof-auto: its functions run under their callers' stacks.
  if (!opts.costCentres || (opts.isLibraryModule && opts.isLibraryModule(module))) return e;
  CoreExpr* t = A.expr(CoreExpr::Kind::Tick);
  t->tick = A.tick(Tick::Kind::CostCentre);
  t->tick->costCentre = name;
  t->tick->span = at;
  t->span = at;
  t->body = e;
  return t;
}

// ---- expressions ------------------------------------------------------------------------
// Note [Break sites]
// ~~~~~~~~~~~~~~~~~~
// Breakpoint ticks go where GHC 9.0's coverage pass puts them for GHCi
// (GHC.HsToCore.Coverage with TickForBreakPoints), so that `:break fact`
// finds the same sites with the same spans:
//   - a right-hand side (of an equation, a guarded equation, a case
//     alternative, a lambda, a pattern or variable binding), a let body, a
//     do statement other than the last, and the expression of a generator
//     (`p <- e`, in a do block, a comprehension or a pattern guard) are
//     always ticked, unless they are a `let` (whose body will be);
//   - anywhere else (a function's arguments, operands, a tuple's or a
//     list's elements, a case scrutinee, an if's condition and branches, a
//     boolean guard, the last statement of a do, a comprehension's head) an
//     expression is ticked when it is an application, prefix or infix:
//     expressions that denote values are not interesting places to stop;
//   - the function of an application and the body of `e :: t` are never
//     ticked themselves; parentheses are transparent.
// A tick captures the locals free in the source expression (freeSourceLocals),
// never the desugarer's temporaries. Sites are numbered in the order their
// ticks are made, inner ones first. papers/breakpoints.md has the rest.
CoreExpr* Desugarer::Impl::expr(Expr* e) {
  CoreExpr* c = exprUnticked(e);
  return e->kind == Expr::Kind::App || e->kind == Expr::Kind::OpApp ? withTick(c, *e) : c;
}

CoreExpr* Desugarer::Impl::rhsExpr(Expr* e) {
  CoreExpr* c = exprUnticked(e);
  return e->kind == Expr::Kind::Let ? c : withTick(c, *e);
}

// Note [Error call stacks]
// ~~~~~~~~~~~~~~~~~~~~~~~~
// GHC's `error` and `undefined` have a HasCallStack constraint, so an
// uncaught ErrorCall prints where they were called:
//
//   E: bad 3
//   CallStack (from HasCallStack):
//     error, called at E.hs:3:7 in main:Main
//
// Haskell 98 has no implicit parameters, so the desugarer does the one thing
// that matters: each occurrence of Prelude.error in a program module becomes
// `\s -> primError s "<the lines above>"`, and each occurrence of
// Prelude.undefined `primError "Prelude.undefined" "<lines>"`, the second
// line naming GHC's own definition of undefined as GHC 9.0.2 does. Library
// modules pass no text, as base's partial functions print none that a
// program could see.
CoreExpr* Desugarer::Impl::errorCall(const Entity* e, const SrcSpan& at) {
  std::string where = absl::StrCat(renderStart(at), " in main:", out->name);
  bool library = opts.isLibraryModule && opts.isLibraryModule(out->name);
  if (e->name == "undefined") {
    std::string text = library ? std::string() : absl::StrCat(
        "CallStack (from HasCallStack):\n  error, called at libraries/base/GHC/Err.hs:75:14 in base:GHC.Err\n"
        "  undefined, called at ", where);
    return prim("primError", {stringLit("Prelude.undefined"), stringLit(text)});
  }
  std::string text = library ? std::string() : absl::StrCat("CallStack (from HasCallStack):\n  error, called at ", where);
  CoreVar* s = fresh("s");
  return lam({s}, prim("primError", {var(s), stringLit(text)}), at);
}

CoreExpr* Desugarer::Impl::occurrence(const Entity* e, const void* node, const SrcSpan& at) {
  if (e == nullptr) return failWith(at, "unresolved name");
  if (e->module == "Prelude" && (e->name == "error" || e->name == "undefined") && e->kind != EntityKind::Con)
    return errorCall(e, at);
  if (e->kind == EntityKind::Con || e->kind == EntityKind::Prim) return saturate(*this, e, {}, at);
  // `seq` is the primitive itself (so `a `seq` k` costs no call and no thunk for k).
  if (e->module == "Prelude" && e->name == "seq" && e->kind != EntityKind::Con) {
    if (const Entity* p = wiredEntity("primSeq", at)) return saturate(*this, p, {}, at);
  }
  auto ev = elab.atNode.find(node);
  if (ev != elab.atNode.end())
    if (CoreExpr* known = knownMethod(e, ev->second, at)) return inlineWrapper(known);
  // A method selected from a dictionary parameter: Note [Hoisted dictionary values].
  if (ev != elab.atNode.end() && !ev->second.empty() && methodClass.contains(e)) {
    std::string key;
    int scope = hoistRoot(ev->second[0], &key);
    if (scope >= 0) {
      EvId dict = ev->second[0];
      CoreExpr* sel = hoisted(scope, absl::StrCat("m", reinterpret_cast<uintptr_t>(e), ":", key),
                              [this, e, dict, at] { return app(var(varFor(e), at), {evidence(dict, at)}, at); },
                              "dmeth");
      std::vector<EvId> rest(ev->second.begin() + 1, ev->second.end());
      return applyEvidence(sel, rest, at);
    }
  }
  CoreExpr* v = var(varFor(e), at);
  if (ev != elab.atNode.end()) return applyEvidence(v, ev->second, at);
  if (auto self = monoSelves.find(e); self != monoSelves.end()) return var(self->second, at);
  auto mono = monoApply.find(e);
  if (mono != monoApply.end()) {
    std::vector<CoreExpr*> ds;
    for (CoreVar* d : mono->second) ds.push_back(var(d));
    return app(v, ds, at);
  }
  return inlineWrapper(v);
}

// Applies a constructor or primitive to arguments, saturating it (with a
// lambda for the missing ones) or applying the result to the extra ones.
static CoreExpr* saturate(Desugarer::Impl& D, const Entity* e, std::vector<CoreExpr*> args, const SrcSpan& at) {
  if (e->kind == EntityKind::Con && D.newtypeCons.contains(e)) {  // Note [Newtypes]
    if (args.empty()) {
      CoreVar* x = D.fresh("x");
      return D.lam({x}, D.var(x), at);
    }
    CoreExpr* first = args[0];
    args.erase(args.begin());
    return D.app(first, std::move(args), at);
  }
  bool isCon = e->kind == EntityKind::Con;
  const DataCon* dc = isCon ? D.conFor(e) : nullptr;
  uint32_t arity = isCon ? dc->arity : D.primArity[e];
  std::vector<CoreExpr*> extra;
  if (args.size() > arity) {
    extra.assign(args.begin() + arity, args.end());
    args.resize(arity);
  }
  std::vector<CoreVar*> params;
  std::vector<CoreBind> lets;
  if (args.size() < arity) {
    for (CoreExpr*& a : args)
      if (!isAtomic(a)) {  // evaluated once, not once per call of the lambda
        CoreVar* v = D.fresh("arg");
        lets.push_back(CoreBind{v, a});
        a = D.var(v);
      }
    while (args.size() < arity) {
      CoreVar* v = D.fresh("x");
      params.push_back(v);
      args.push_back(D.var(v));
    }
  }
  CoreExpr* r;
  if (isCon) {
    r = D.conApp(dc, std::move(args), at);
  } else {
    r = D.prim(e->name, std::move(args));
    r->span = at;
  }
  r = D.lam(std::move(params), r, at);
  for (auto it = lets.rbegin(); it != lets.rend(); ++it) r = D.let(it->var, it->rhs, r);
  return D.app(r, std::move(extra), at);
}

CoreExpr* Desugarer::Impl::application(Expr* head, std::vector<CoreExpr*> args, const SrcSpan& at) {
  Expr* h = head;
  while (h && (h->kind == Expr::Kind::Paren || h->kind == Expr::Kind::TypeSig)) h = h->e1;
  if (h && (h->kind == Expr::Kind::Var || h->kind == Expr::Kind::Con) && h->name.ref) {
    const Entity* e = h->name.ref;
    if (e->kind == EntityKind::Con || e->kind == EntityKind::Prim) return saturate(*this, e, std::move(args), at);
    if (CoreExpr* b = booleanOperator(*this, e, args, at)) return b;
    return app(inlineSmall(occurrence(e, h, h->span), args.size()), std::move(args), at);
  }
  return app(exprUnticked(head), std::move(args), at);
}

// Note [Boolean operators]
// ~~~~~~~~~~~~~~~~~~~~~~~~
// A saturated call of the Prelude's (&&), (||) or not is its definition,
// a case on the first argument: `a && b` is `if a then b else False`. The
// meaning is the Prelude's, but the second argument is no longer a thunk
// passed to a function, which matters in every guard and filter. (GHC
// inlines these too.)
static CoreExpr* booleanOperator(Desugarer::Impl& D, const Entity* e, std::vector<CoreExpr*>& args,
                                 const SrcSpan& at) {
  if (!e || e->module != "Prelude" || e->kind == EntityKind::Con) return nullptr;
  auto boolean = [&](bool b) { return D.conApp(D.boolCon(b, at), {}, at); };
  if (e->name == "not" && args.size() == 1) return D.ifThenElse(args[0], boolean(false), boolean(true), at);
  if (args.size() != 2) return nullptr;
  if (e->name == "&&") return D.ifThenElse(args[0], args[1], boolean(false), at);
  if (e->name == "||") return D.ifThenElse(args[0], boolean(true), args[1], at);
  return nullptr;
}

static CoreExpr* applyEntity(Desugarer::Impl& D, const Entity* e, const void* node, std::vector<CoreExpr*> args,
                             const SrcSpan& at) {
  if (CoreExpr* b = booleanOperator(D, e, args, at)) return b;
  if (e && e->kind != EntityKind::Con && e->kind != EntityKind::Prim) {
    size_t n = args.size();
    return D.app(D.inlineSmall(D.occurrence(e, node, at), n), std::move(args), at);
  }
  if (e && (e->kind == EntityKind::Con || e->kind == EntityKind::Prim)) return saturate(D, e, std::move(args), at);
  return D.app(D.occurrence(e, node, at), std::move(args), at);
}

CoreExpr* Desugarer::Impl::literal(const Literal& l, const void* node, bool negative, const SrcSpan& at) {
  CoreExpr* x = A.expr(CoreExpr::Kind::Lit);
  x->lit = l;
  x->span = at;
  if (l.kind == Literal::Kind::Char) {
    x->litType = LitType::Char;
    return x;
  }
  if (l.kind == Literal::Kind::String) {
    x->litType = LitType::String;
    return x;
  }
  std::vector<EvId> evs;
  if (auto it = elab.atNode.find(node); it != elab.atNode.end()) evs = it->second;
  const Ty* t = evs.empty() ? nullptr : TyArena::zonk(elab.ev[evs[0]].pred.type);
  std::string tycon = t && t->tag == Ty::Tag::Con ? t->con->name : "";
  bool integral = l.kind == Literal::Kind::Int;
  x->lit.text = integral ? decimalOf(l.text) : l.text;
  if (negative) x->lit.text = "-" + x->lit.text;
  if (tycon == "Int" && integral) x->litType = LitType::Int;
  else if (tycon == "Integer" && integral) x->litType = LitType::Integer;
  else if (tycon == "Double") x->litType = LitType::Double;
  else if (tycon == "Float") x->litType = LitType::Float;
  else if (evs.empty()) x->litType = integral ? LitType::Integer : LitType::Double;
  else if (integral) {  // fromInteger d n
    x->litType = LitType::Integer;
    auto make = [this, x, ev = evs[0], at] {
      return app(applyEvidence(wiredVar("fromInteger", at), {ev}, at), {x}, at);
    };
    // A literal at a dictionary parameter's type is one value per call of
    // the binding: Note [Hoisted dictionary values].
    std::string key;
    int scope = hoistRoot(evs[0], &key);
    if (scope >= 0) return hoisted(scope, absl::StrCat("lit", x->lit.text, ":", key), make, "dlit");
    return make();
  } else {  // fromRational d (n % d)
    auto [num, den] = fractionOf(l.text);
    if (negative) num = "-" + num;
    auto integer = [&](const std::string& digits) {
      CoreExpr* n = A.expr(CoreExpr::Kind::Lit);
      n->lit.kind = Literal::Kind::Int;
      n->lit.text = digits;
      n->litType = LitType::Integer;
      return n;
    };
    CoreExpr* dict = nullptr;
    const Entity* integral = wiredEntity("Integral", at);
    const Entity* integer_ = wiredEntity("Integer", at);
    if (auto df = dfuns.find({integral, integer_}); df != dfuns.end()) dict = var(df->second);
    else dict = failWith(at, "no Integral Integer instance");
    CoreExpr* ratio = app(wiredVar("%", at), {dict, integer(num), integer(den)}, at);
    return app(applyEvidence(wiredVar("fromRational", at), {evs[0]}, at), {ratio}, at);
  }
  return x;
}

CoreExpr* Desugarer::Impl::exprUnticked(Expr* e) {
  using K = Expr::Kind;
  switch (e->kind) {
    case K::Var: case K::Con:
      if (e->name.ref && (e->name.ref->kind == EntityKind::Con || e->name.ref->kind == EntityKind::Prim))
        return saturate(*this, e->name.ref, {}, e->span);
      return occurrence(e->name.ref, e, e->span);
    case K::Lit:
      return literal(e->lit, e, false, e->span);
    case K::App: {
      std::vector<CoreExpr*> args;
      for (Expr* a : e->args) args.push_back(expr(a));
      return application(e->e1, std::move(args), e->span);
    }
    case K::OpApp:
      return applyEntity(*this, e->name.ref, e, {expr(e->e1), expr(e->e2)}, e->span);
    case K::Neg: {
      Expr* inner = e->e1;
      while (inner->kind == K::Paren) inner = inner->e1;
      if (inner->kind == K::Lit) {
        CoreExpr* l = literal(inner->lit, inner, true, e->span);
        if (l->kind == CoreExpr::Kind::Lit) return l;
      }
      CoreExpr* neg = wiredVar("negate", e->span);
      auto ev = elab.atNode.find(e);
      if (ev != elab.atNode.end()) neg = applyEvidence(neg, ev->second, e->span);
      return app(neg, {expr(e->e1)}, e->span);
    }
    case K::Lambda: {
      std::vector<CoreVar*> params;
      for (Pat* p : e->pats) {
        Pat* q = p;
        while (q->kind == Pat::Kind::Paren) q = q->p1;
        params.push_back(fresh(q->kind == Pat::Kind::Var ? q->name.name : "lam"));
      }
      Expr* body = e->e1;
      // A lambda's centre is named `\` after the enclosing bindings and
      // lambdas, and covers its body, as GHC's -fprof-auto names it
      // ("Main.scaleAll.\", "Main.pairs.\.\"); what the body binds is named
      // inside it ("Main.f.\.g").
      ccPath.push_back("\\");
      std::string cc = module;
      for (const std::string& p : ccPath) absl::StrAppend(&cc, ".", p);
      std::vector<Equation> eqs{Equation{e->pats, [this, body](CoreExpr*) { return rhsExpr(body); }}};
      CoreExpr* matched = match(params, std::move(eqs), failWith(e->span, "Non-exhaustive patterns in lambda"));
      ccPath.pop_back();
      return lam(params, withCostCentre(matched, cc, body->span), e->span);
    }
    case K::Let:
      return letBlock(e->decls, rhsExpr(e->e1));
    case K::If:
      return ifThenElse(expr(e->e1), expr(e->e2), expr(e->e3), e->span);
    case K::Case: {
      CoreVar* s = fresh("scrut");
      std::vector<Equation> eqs;
      for (Alt* a : e->alts) {
        Rhs* r = a->rhs;
        eqs.push_back(Equation{{a->pat}, [this, r](CoreExpr* fail) { return rhs(r, fail); }});
      }
      return let(s, expr(e->e1), match({s}, std::move(eqs), failWith(e->span, "Non-exhaustive patterns in case")));
    }
    case K::Do:
      return doStmts(e, 0);
    case K::Tuple: {
      std::vector<CoreExpr*> args;
      for (Expr* a : e->args) args.push_back(expr(a));
      const DataCon* c = builtinCon("(" + std::string(e->args.size() - 1, ',') + ")");
      return c ? conApp(c, std::move(args), e->span) : failWith(e->span, "tuple too large");
    }
    case K::List: {
      const DataCon* nil = builtinCon("[]");
      const DataCon* cons_ = builtinCon(":");
      CoreExpr* r = conApp(nil, {}, e->span);
      for (auto it = e->args.rbegin(); it != e->args.rend(); ++it) r = conApp(cons_, {expr(*it), r}, e->span);
      return r;
    }
    case K::ArithSeq: {
      const char* fn = e->e2 ? (e->e3 ? "enumFromThenTo" : "enumFromThen") : (e->e3 ? "enumFromTo" : "enumFrom");
      std::vector<CoreExpr*> args{expr(e->e1)};
      if (e->e2) args.push_back(expr(e->e2));
      if (e->e3) args.push_back(expr(e->e3));
      CoreExpr* f = wiredVar(fn, e->span);
      if (auto ev = elab.atNode.find(e); ev != elab.atNode.end()) f = applyEvidence(f, ev->second, e->span);
      return app(f, std::move(args), e->span);
    }
    case K::ListComp: {
      const SrcSpan at = e->span;
      return comprehension(e, 0, [this, at] { return conApp(builtinCon("[]"), {}, at); });
    }
    case K::LeftSection:  // (x op) = (op) x
      return applyEntity(*this, e->name.ref, e, {expr(e->e1)}, e->span);
    case K::RightSection: {  // (op y) = \x -> x op y, with y evaluated once
      CoreVar* y = fresh("sec");
      CoreVar* x = fresh("x");
      CoreExpr* body = applyEntity(*this, e->name.ref, e, {var(x), var(y)}, e->span);
      return let(y, expr(e->e1), lam({x}, body, e->span));
    }
    case K::Paren:
      return expr(e->e1);
    case K::TypeSig:
      return exprUnticked(e->e1);
    case K::Scc: {
      // GHC's centre covers the expression after the pragma.
      std::string name = absl::StrCat(module, ".", e->name.name);
      return withCostCentre(expr(e->e1), name, e->e1->span);
    }
    case K::RecordCon:
      return recordCon(e);
    case K::RecordUpd:
      return recordUpd(e);
    case K::Infix: case K::AsPat: case K::LazyPat: case K::Wildcard:
      break;
  }
  errors.push_back(Diagnostic{Severity::Error, e->span, "internal error: this expression cannot be desugared", {}});
  return failWith(e->span, "internal error");
}

// do { e } = e;  do { e; ss } = e >> do { ss };  do { let ds; ss } = let ds in do { ss }
// do { p <- e; ss } = e >>= \x -> case x of p -> do { ss }; _ -> fail "..."
CoreExpr* Desugarer::Impl::doStmts(Expr* e, size_t i) {
  std::vector<EvId> monad;
  if (auto ev = elab.atNode.find(e); ev != elab.atNode.end()) monad = ev->second;
  Stmt* s = e->stmts[i];
  bool last = i + 1 == e->stmts.size();
  switch (s->kind) {
    case Stmt::Kind::Expr:
      if (last) return expr(s->expr);
      return app(applyEvidence(wiredVar(">>", s->span), monad, s->span), {rhsExpr(s->expr), doStmts(e, i + 1)}, s->span);
    case Stmt::Kind::Let:
      if (last) return failWith(s->span, "The last statement in a 'do' block must be an expression");
      return letBlock(s->decls, doStmts(e, i + 1));
    case Stmt::Kind::Bind: {
      if (last) return failWith(s->span, "The last statement in a 'do' block must be an expression");
      CoreVar* x = fresh("x");
      CoreExpr* fail;
      if (auto mf = elab.atNode.find(s); mf != elab.atNode.end() && !mf->second.empty()) {
        fail = app(applyEvidence(wiredVar("fail", s->span), mf->second, s->span),
                   {stringLit("Pattern match failure in do expression at " + renderSpan(s->pat->span))});
      } else {
        fail = failWith(s->pat->span, "Non-exhaustive patterns in do binding");
      }
      CoreExpr* k = matchOne(x, s->pat, [this, e, i](CoreExpr*) { return doStmts(e, i + 1); }, fail);
      return app(applyEvidence(wiredVar(">>=", s->span), monad, s->span), {rhsExpr(s->expr), lam({x}, k)}, s->span);
    }
  }
  return failWith(s->span, "internal error");
}

// Note [List comprehensions]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~
// [e | Q] ++ L is built without (++) or concatMap (after the report's 3.11
// and Wadler's translation):
//   [e | ] ++ L          = e : L
//   [e | b, Q] ++ L      = if b then [e | Q] ++ L else L
//   [e | let ds, Q] ++ L = let ds in [e | Q] ++ L
//   [e | p <- l, Q] ++ L = letrec go = \xs -> case xs of
//                            []      -> L
//                            x : xs' -> case x of p -> [e | Q] ++ go xs'
//                                                 _ -> go xs'
//                          in go l
// `tail` makes L afresh at each use (Core is a tree).
CoreExpr* Desugarer::Impl::comprehension(Expr* e, size_t i, std::function<CoreExpr*()> tail) {
  if (i == e->stmts.size()) return conApp(builtinCon(":"), {expr(e->e1), tail()}, e->e1->span);
  Stmt* s = e->stmts[i];
  switch (s->kind) {
    case Stmt::Kind::Expr: {
      CoreExpr* c = expr(s->expr);
      CoreExpr* yes = comprehension(e, i + 1, tail);
      return ifThenElse(c, yes, tail(), s->span);
    }
    case Stmt::Kind::Let: {
      CoreExpr* body = comprehension(e, i + 1, tail);
      return letBlock(s->decls, body);
    }
    case Stmt::Kind::Bind: {
      CoreVar* go = fresh("go");
      CoreVar* xs = fresh("xs");
      CoreVar* x = fresh("x");
      CoreVar* rest = fresh("rest");
      auto next = [this, go, rest] { return app(var(go), {var(rest)}); };
      CoreExpr* inner = matchOne(x, s->pat, [&](CoreExpr*) { return comprehension(e, i + 1, next); }, next());
      std::vector<CoreAlt> alts(2);
      alts[0].kind = CoreAlt::Kind::Con;
      alts[0].con = builtinCon("[]");
      alts[0].rhs = tail();
      alts[1].kind = CoreAlt::Kind::Con;
      alts[1].con = builtinCon(":");
      alts[1].binders = {x, rest};
      alts[1].rhs = inner;
      CoreExpr* body = lam({xs}, caseOf(var(xs), nullptr, std::move(alts), s->span));
      CoreExpr* r = A.expr(CoreExpr::Kind::LetRec);
      r->binds.push_back(CoreBind{go, body});
      r->body = app(var(go), {rhsExpr(s->expr)}, s->span);
      return r;
    }
  }
  return tail();
}

// ---- records ----------------------------------------------------------------------------
CoreExpr* Desugarer::Impl::recordCon(Expr* e) {
  const Entity* k = e->name.ref;
  if (k == nullptr) return failWith(e->span, "unresolved constructor");
  std::vector<const Entity*> fields = conFields[k];
  uint32_t arity = newtypeCons.contains(k) ? 1 : conFor(k)->arity;
  fields.resize(arity, nullptr);
  std::vector<CoreExpr*> args;
  for (uint32_t i = 0; i < arity; ++i) {
    CoreExpr* a = nullptr;
    for (FieldBind& f : e->fields)
      if (fields[i] && f.field.ref == fields[i]) a = expr(f.value);
    if (a == nullptr)
      a = failWith(e->span, "Missing field in record construction" + (fields[i] ? " " + fields[i]->name : ""));
    args.push_back(a);
  }
  return saturate(*this, k, std::move(args), e->span);
}

// e { f = v } = case e of K x1 .. xn -> K x1 .. v .. xn  (for each K with every field f); _ -> error
CoreExpr* Desugarer::Impl::recordUpd(Expr* e) {
  CoreVar* r = fresh("rec");
  std::vector<std::pair<const Entity*, CoreVar*>> values;
  std::vector<CoreBind> lets{CoreBind{r, expr(e->e1)}};
  for (FieldBind& f : e->fields) {
    CoreVar* v = fresh(f.field.name);
    lets.push_back(CoreBind{v, expr(f.value)});
    values.push_back({f.field.ref, v});
  }
  const Entity* anyField = e->fields.empty() ? nullptr : e->fields[0].field.ref;
  CoreExpr* body = nullptr;
  if (anyField && anyField->parent) {
    std::vector<CoreAlt> alts;
    bool newtype = false;
    for (const Entity* k : anyField->parent->children) {
      if (k->kind != EntityKind::Con) continue;
      if (newtypeCons.contains(k)) {
        newtype = true;
        body = var(values[0].second);
        break;
      }
      const std::vector<const Entity*>& fs = conFields[k];
      bool hasAll = std::all_of(values.begin(), values.end(), [&](const auto& fv) {
        return std::find(fs.begin(), fs.end(), fv.first) != fs.end();
      });
      if (!hasAll) continue;
      const DataCon* dc = conFor(k);
      CoreAlt alt;
      alt.kind = CoreAlt::Kind::Con;
      alt.con = dc;
      std::vector<CoreExpr*> args;
      for (uint32_t i = 0; i < dc->arity; ++i) {
        CoreVar* x = fresh("x");
        alt.binders.push_back(x);
        CoreVar* nv = x;
        for (const auto& [f, v] : values)
          if (i < fs.size() && fs[i] == f) nv = v;
        args.push_back(var(nv));
      }
      alt.rhs = conApp(dc, std::move(args), e->span);
      alts.push_back(std::move(alt));
    }
    if (!newtype) {
      size_t all = static_cast<size_t>(std::count_if(anyField->parent->children.begin(), anyField->parent->children.end(),
                                                     [](const Entity* k) { return k->kind == EntityKind::Con; }));
      if (alts.size() < all) {
        CoreAlt d;
        d.rhs = failWith(e->span, "Non-exhaustive patterns in record update");
        alts.push_back(std::move(d));
      }
      body = caseOf(var(r), nullptr, std::move(alts), e->span);
    }
  }
  if (body == nullptr) body = var(r);
  for (auto it = lets.rbegin(); it != lets.rend(); ++it) body = let(it->var, it->rhs, body);
  return body;
}

// ---- right-hand sides and guards ----------------------------------------------------------
CoreExpr* Desugarer::Impl::rhs(Rhs* r, CoreExpr* fail) {
  CoreExpr* body;
  if (r->body) {
    body = rhsExpr(r->body);
  } else {
    body = fail;
    for (auto it = r->guarded.rbegin(); it != r->guarded.rend(); ++it) {
      GuardedRhs* g = *it;
      body = shared(body, [this, g](CoreExpr* f) {
        return guards(g->guards, 0, [this, g](CoreExpr*) { return rhsExpr(g->body); }, f);
      });
    }
  }
  return letBlock(r->where, body);
}

CoreExpr* Desugarer::Impl::guards(const std::vector<Stmt*>& stmts, size_t i,
                                  std::function<CoreExpr*(CoreExpr*)> body, CoreExpr* fail) {
  if (i == stmts.size()) return body(fail);
  Stmt* s = stmts[i];
  switch (s->kind) {
    case Stmt::Kind::Expr: {
      CoreExpr* c = expr(s->expr);
      // `otherwise` and `True` cannot fail.
      const Expr* g = s->expr;
      while (g->kind == Expr::Kind::Paren) g = g->e1;
      if ((g->kind == Expr::Kind::Var || g->kind == Expr::Kind::Con) && g->name.ref &&
          (g->name.ref == wired["otherwise"] || g->name.ref == wired["True"]))
        return guards(stmts, i + 1, body, fail);
      return shared(fail, [&](CoreExpr* f) {
        return ifThenElse(c, guards(stmts, i + 1, body, f), clone(f), s->span);
      });
    }
    case Stmt::Kind::Let:
      return letBlock(s->decls, guards(stmts, i + 1, body, fail));
    case Stmt::Kind::Bind: {
      CoreVar* v = fresh("g");
      CoreExpr* e = rhsExpr(s->expr);
      return let(v, e, matchOne(v, s->pat, [&](CoreExpr* f) { return guards(stmts, i + 1, body, f); }, fail));
    }
  }
  return fail;
}

// ---- bindings ------------------------------------------------------------------------------
// \dicts args -> match: the equations of a function binding, taking the
// dictionaries `dicts` (already bound to the binding's evidence) first.
// Note [Dictionaries outside the recursion]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// A recursive function without a signature whose type has a class context
// (`go` in `xs !! n`, if it had no signature) is generalised over its
// dictionaries, and its recursive calls pass the same dictionaries back
// (Note [Recursive uses]). Desugared naively, every iteration would select
// its methods and build its literals from the dictionaries again. Like
// GHC's AbsBinds, the dictionaries are instead taken once, outside a
// monomorphic inner binding that the recursive calls use:
//
//   go = \dNum dEq -> let (==)' = (==) dEq; 0' = fromInteger dNum 0; ...
//                     in letrec go' = \xs n -> ... go' ... in go'
//
// so the loop pays for none of it (Note [Hoisted dictionary values] does
// the sharing). Only single-member groups get this form; a group of
// several mutually recursive functions keeps passing its dictionaries.
CoreExpr* Desugarer::Impl::funBind(Decl* d, const std::string& name, const std::vector<CoreVar*>& dicts,
                                   CoreVar* monoSelf) {
  size_t n = d->matches.empty() ? 0 : d->matches[0]->pats.size();
  std::vector<CoreVar*> args;
  for (size_t i = 0; i < n; ++i) {  // named after the first equation with a variable there
    std::string name = "arg";
    for (Match* m : d->matches) {
      Pat* q = i < m->pats.size() ? m->pats[i] : nullptr;
      while (q && q->kind == Pat::Kind::Paren) q = q->p1;
      if (q && (q->kind == Pat::Kind::Var || q->kind == Pat::Kind::As)) {
        name = q->name.name;
        break;
      }
    }
    args.push_back(fresh(name));
  }
  std::vector<Equation> eqs;
  for (Match* m : d->matches) {
    Rhs* r = m->rhs;
    eqs.push_back(Equation{m->pats, [this, r](CoreExpr* fail) { return rhs(r, fail); }});
  }
  ccPath.push_back(name);
  std::string cc = module;
  for (const std::string& p : ccPath) absl::StrAppend(&cc, ".", p);
  // Dictionary values from these parameters are shared: Note [Hoisted dictionary values].
  hoistScopes.emplace_back();
  for (CoreVar* v : dicts)
    if (auto it = dictParamEv.find(v); it != dictParamEv.end()) hoistScopes.back().params.insert(it->second);
  CoreExpr* body = match(args, std::move(eqs), failWith(d->span, "Non-exhaustive patterns in function " + name));
  std::vector<CoreBind> lets = std::move(hoistScopes.back().lets);
  hoistScopes.pop_back();
  if (monoSelf) {  // only worth it when the function does call itself
    std::vector<CoreExpr*> uses;
    bool underLambda = false;
    findUses(body, monoSelf, false, uses, underLambda);
    if (uses.empty()) monoSelf = nullptr;
  }
  if (monoSelf) {
    body = withCostCentre(body, cc, d->span);
    ccPath.pop_back();
    CoreExpr* rec = A.expr(CoreExpr::Kind::LetRec);
    rec->binds.push_back(CoreBind{monoSelf, lam(args, body, d->span)});
    rec->body = var(monoSelf);
    body = rec;
    for (auto it = lets.rbegin(); it != lets.rend(); ++it) body = let(it->var, it->rhs, body);
    return lam(dicts, body, d->span);
  }
  // A value used once, and not inside a lambda, goes back in place (its let
  // would cost a thunk for nothing).
  for (auto it = lets.rbegin(); it != lets.rend(); ++it) {
    std::vector<CoreExpr*> uses;
    bool underLambda = false;
    findUses(body, it->var, false, uses, underLambda);
    // (Breakpoint ticks never capture these variables: they are the
    // desugarer's, not the source's.)
    if (uses.size() == 1 && !underLambda) *uses[0] = *it->rhs;
    else if (!uses.empty()) body = let(it->var, it->rhs, body);
  }
  body = withCostCentre(body, cc, d->span);
  ccPath.pop_back();
  // Note [IO functions take the world]
  // ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
  // A library function whose type is `a1 -> ... -> an -> IO t`, defined
  // with n parameters, takes the world token too (GHC's "state hack", which
  // base is compiled with): `print x = putStrLn (show x)` becomes
  // `\d x w -> putStrLn (show x) w`. So `print v` is a partial application,
  // and its body (building the `show v` thunk) runs when the action runs,
  // under the stack current then, as in GHC (Main.main, not Main.CAF, for a
  // `show` that fails under `main = print v`); and running an action calls
  // the function directly instead of building the action first. IO values
  // (n = 0) keep their sharing; user modules are compiled as GHC's -O0
  // compiles them, without the expansion.
  if (n > 0 && d->name.ref && opts.ioArity && opts.isLibraryModule && opts.isLibraryModule(module) &&
      opts.ioArity(d->name.ref) == static_cast<int>(n)) {
    CoreVar* w = fresh("w");
    args.push_back(w);
    body = app(body, {var(w)});
  }
  return lam(dicts, lam(args, body, d->span), d->span);
}

void Desugarer::Impl::patBind(Decl* d, bool topLevel, std::vector<CoreBind>& outBinds) {
  Pat* p = d->pat;
  while (p->kind == Pat::Kind::Paren) p = p->p1;
  // GHC names the break sites of a pattern binding's right-hand side after
  // its variable, or `(...)` when it binds a pattern (Note [Break sites]).
  bool simple = p->kind == Pat::Kind::Var && p->name.ref;
  breakPathMarks.emplace_back(ccPath.size(), simple ? p->name.name : "(...)");
  CoreExpr* value = rhs(d->rhs, failWith(d->span, "Non-exhaustive guards in pattern binding"));
  breakPathMarks.pop_back();
  if (p->kind == Pat::Kind::Var && p->name.ref) {
    outBinds.push_back(CoreBind{varFor(p->name.ref), value});
    return;
  }
  CoreVar* t = topLevel ? A.var(uniqueName("pat"), module) : fresh("pat");
  outBinds.push_back(CoreBind{t, value});
  std::vector<const Entity*> xs = patVars(p);
  std::vector<CoreVar*> own;
  for (const Entity* x : xs) own.push_back(varFor(x));
  for (size_t i = 0; i < xs.size(); ++i) {
    const Entity* x = xs[i];
    CoreExpr* sel = matchOne(t, p, [this, x](CoreExpr*) { return var(vars[x]); },
                             failWith(d->span, "Non-exhaustive patterns in " + sourceText(d->pat->span)));
    for (size_t j = 0; j < xs.size(); ++j) vars[xs[j]] = own[j];  // undo the match's aliases
    outBinds.push_back(CoreBind{own[i], sel});
  }
}

std::vector<CoreBind> Desugarer::Impl::bindings(std::vector<Decl*>& decls, bool topLevel) {
  std::vector<CoreBind> outBinds;
  // Whose ticks must not capture their own group's binders (recursiveBinders).
  absl::flat_hash_map<const Decl*, std::vector<const Entity*>> recursive;
  if (!topLevel && breakSitesHere()) recursive = recursiveGroups(decls);
  // Members of an implicitly typed group share their dictionary parameters
  // (Note [Recursive uses]): a member's body passes its own on to the others.
  absl::flat_hash_map<EvId, std::vector<const Entity*>> groups;
  for (Decl* d : decls)
    if (d->kind == Decl::Kind::FunBind && d->name.ref)
      if (auto it = elab.params.find(d); it != elab.params.end() && !it->second.empty())
        groups[it->second[0]].push_back(d->name.ref);
  absl::flat_hash_set<const Entity*> signatures;
  for (Decl* d : decls)
    if (d->kind == Decl::Kind::TypeSig)
      for (Name& n : d->names) signatures.insert(n.ref);
  for (Decl* d : decls) {
    const std::vector<const Entity*>* group = nullptr;
    if (auto g = recursive.find(d); g != recursive.end()) group = &g->second;
    if (group)
      for (const Entity* e : *group) ++recursiveBinders[e];
    if (d->kind == Decl::Kind::FunBind && d->name.ref) {
      std::vector<EvId> params;
      if (auto it = elab.params.find(d); it != elab.params.end()) params = it->second;
      std::vector<CoreVar*> dicts = bindDictParams(params);
      std::vector<const Entity*> members{d->name.ref};
      if (!params.empty()) members = groups[params[0]];
      CoreVar* monoSelf = nullptr;
      if (!dicts.empty() && members.size() == 1 && !signatures.contains(d->name.ref)) {
        // Note [Dictionaries outside the recursion]
        monoSelf = fresh(d->name.name);
        monoSelves[d->name.ref] = monoSelf;
      } else if (!dicts.empty()) {
        for (const Entity* m : members) monoApply[m] = dicts;
      }
      CoreExpr* value = funBind(d, d->name.name, dicts, monoSelf);
      for (const Entity* m : members) monoApply.erase(m);
      monoSelves.erase(d->name.ref);
      outBinds.push_back(CoreBind{varFor(d->name.ref), value});
    } else if (d->kind == Decl::Kind::PatBind) {
      patBind(d, topLevel, outBinds);
    }
    if (group)
      for (const Entity* e : *group)
        if (--recursiveBinders[e] == 0) recursiveBinders.erase(e);
  }
  return outBinds;
}

// For each binding of `decls` (a let or where block) in a recursive group,
// the binders of its group, grouped by source references as GHC's type
// checker groups them: a use of a binder with a signature is not a
// dependency (it uses the declared polymorphic type).
absl::flat_hash_map<const Decl*, std::vector<const Entity*>> Desugarer::Impl::recursiveGroups(
    const std::vector<Decl*>& decls) {
  std::vector<Decl*> binds;
  std::vector<std::vector<const Entity*>> binders;
  absl::flat_hash_map<const Entity*, size_t> owner;
  absl::flat_hash_set<const Entity*> signatures;
  for (Decl* x : decls)
    if (x->kind == Decl::Kind::TypeSig)
      for (Name& n : x->names) signatures.insert(n.ref);
  for (Decl* x : decls) {
    if (x->kind == Decl::Kind::FunBind && x->name.ref) binders.push_back({x->name.ref});
    else if (x->kind == Decl::Kind::PatBind) binders.push_back(patVars(x->pat));
    else continue;
    binds.push_back(x);
    for (const Entity* e : binders.back()) owner[e] = binds.size() - 1;
  }
  std::vector<std::vector<size_t>> edges(binds.size());
  for (size_t i = 0; i < binds.size(); ++i)
    for (const Entity* v : sourceLocalsOf(*binds[i]))
      if (auto it = owner.find(v); it != owner.end() && !signatures.contains(v)) edges[i].push_back(it->second);
  absl::flat_hash_map<const Decl*, std::vector<const Entity*>> out;
  for (const std::vector<size_t>& scc : stronglyConnected(edges)) {
    size_t first = scc[0];
    bool recursive = scc.size() > 1 || std::find(edges[first].begin(), edges[first].end(), first) != edges[first].end();
    if (!recursive) continue;
    std::vector<const Entity*> group;
    for (size_t i : scc) group.insert(group.end(), binders[i].begin(), binders[i].end());
    for (size_t i : scc) out[binds[i]] = group;
  }
  return out;
}

// Splits bindings into dependency-ordered groups and nests them around the body.
CoreExpr* Desugarer::Impl::letBlock(std::vector<Decl*>& decls, CoreExpr* body) {
  std::vector<CoreBind> bs = bindings(decls, false);
  if (bs.empty()) return body;
  absl::flat_hash_map<const CoreVar*, size_t> index;
  for (size_t i = 0; i < bs.size(); ++i) index[bs[i].var] = i;
  std::vector<std::vector<size_t>> edges(bs.size());
  for (size_t i = 0; i < bs.size(); ++i)
    for (const CoreVar* v : occurringVars(*bs[i].rhs))
      if (auto it = index.find(v); it != index.end()) edges[i].push_back(it->second);
  std::vector<std::vector<size_t>> sccs = stronglyConnected(edges);
  for (auto it = sccs.rbegin(); it != sccs.rend(); ++it) {
    const std::vector<size_t>& scc = *it;
    bool recursive = scc.size() > 1 ||
                     std::find(edges[scc[0]].begin(), edges[scc[0]].end(), scc[0]) != edges[scc[0]].end();
    if (!recursive) {
      body = let(bs[scc[0]].var, bs[scc[0]].rhs, body);
      continue;
    }
    CoreExpr* r = A.expr(CoreExpr::Kind::LetRec);
    for (size_t i : scc) r->binds.push_back(bs[i]);
    r->body = body;
    body = r;
  }
  return body;
}

// ---- data types --------------------------------------------------------------------------
void Desugarer::Impl::declareData(Decl* d) {
  bool newtype = d->kind == Decl::Kind::Newtype;
  for (size_t i = 0; i < d->cons.size(); ++i) {
    ConDecl* c = d->cons[i];
    const Entity* k = c->name.ref;
    if (k == nullptr) continue;
    std::vector<const Entity*> fields(c->args.size(), nullptr);
    DataCon dc;
    dc.module = module;
    dc.name = c->name.name;
    dc.tag = static_cast<uint32_t>(i);
    for (ConField& f : c->fields)
      for (Name& n : f.names) {
        fields.push_back(n.ref);
        dc.fields.push_back(n.name);
      }
    dc.arity = static_cast<uint32_t>(fields.size());
    conFields[k] = fields;
    if (newtype) {
      newtypeCons.insert(k);
      continue;
    }
    const DataCon* p = A.con(std::move(dc));
    cons[k] = p;
    out->constructors.push_back(p);
  }
}

// Field selectors: f = \r -> case r of K .. x .. -> x; ...; _ -> error
void Desugarer::Impl::dataBindings(Decl* d, std::vector<CoreBind>& outBinds) {
  absl::flat_hash_set<const Entity*> done;
  for (ConDecl* c : d->cons)
    for (ConField& f : c->fields)
      for (Name& n : f.names) {
        const Entity* field = n.ref;
        if (field == nullptr || !done.insert(field).second) continue;
        CoreVar* r = fresh("rec");
        CoreExpr* body;
        ccPath.push_back(n.name);  // the selector's break sites are in the declaration `n`
        if (d->kind == Decl::Kind::Newtype) {
          body = tickSite(var(r), n.span, {{nullptr, r}}, {n.name});
        } else {
          std::vector<CoreAlt> alts;
          for (ConDecl* k : d->cons) {
            if (!k->name.ref) continue;
            const std::vector<const Entity*>& fs = conFields[k->name.ref];
            auto pos = std::find(fs.begin(), fs.end(), field);
            if (pos == fs.end()) continue;
            CoreAlt alt;
            alt.kind = CoreAlt::Kind::Con;
            alt.con = conFor(k->name.ref);
            for (size_t i = 0; i < fs.size(); ++i) alt.binders.push_back(fresh(i == size_t(pos - fs.begin()) ? n.name : "x"));
            // GHC's generated selector has a break site at the field, capturing it.
            CoreVar* x = alt.binders[static_cast<size_t>(pos - fs.begin())];
            alt.rhs = tickSite(var(x), n.span, {{nullptr, x}}, {n.name});
            alts.push_back(std::move(alt));
          }
          if (alts.size() < d->cons.size()) {
            CoreAlt def;
            def.rhs = tickSite(prim("primErrorWithoutStackTrace", {stringLit("No match in record selector " + n.name)}),
                               n.span, {});
            alts.push_back(std::move(def));
          }
          body = caseOf(var(r), nullptr, std::move(alts), n.span);
        }
        ccPath.pop_back();
        outBinds.push_back(CoreBind{varFor(field), lam({r}, body, n.span)});
      }
}

// ---- modules ---------------------------------------------------------------------------------
Desugarer::Desugarer(const Elaboration& elab, const absl::flat_hash_map<std::string, const Entity*>& builtins,
                     CoreArena& arena, DesugarOptions options)
    : impl_(std::make_unique<Impl>(elab, builtins, arena, options)) {}
Desugarer::~Desugarer() = default;

std::vector<const CoreVar*> Desugarer::globals() const { return impl_->allGlobals; }

bool Desugarer::desugarModule(Module& m, CoreModule& result, DiagnosticSink& sink) {
  Impl& D = *impl_;
  D.module = m.moduleName();
  D.out = &result;
  result.name = D.module;
  D.errors.clear();
  bool wiredModule = D.module == "Lazuli.Prim" || D.module == "Prelude";
  auto learn = [&](const Entity* e) {
    if (wiredModule && e && !D.wired.contains(e->name)) D.wired[e->name] = e;
  };
  for (Decl* d : m.decls) {
    switch (d->kind) {
      case Decl::Kind::TypeSig:
        for (Name& n : d->names) {
          learn(n.ref);
          if (n.ref && n.ref->kind == EntityKind::Prim) {
            uint32_t arity = 0;
            for (Type* t = d->sig->type; t;) {
              while (t->kind == Type::Kind::Paren) t = t->t1;
              if (t->kind != Type::Kind::Fun) break;
              ++arity;
              t = t->t2;
            }
            D.primArity[n.ref] = arity;
          }
        }
        break;
      case Decl::Kind::FunBind: learn(d->name.ref); break;
      case Decl::Kind::Data: case Decl::Kind::Newtype:
        learn(d->name.ref);
        for (ConDecl* c : d->cons) {
          learn(c->name.ref);
          for (ConField& f : c->fields)
            for (Name& n : f.names) learn(n.ref);
        }
        D.declareData(d);
        break;
      case Decl::Kind::Class:
        learn(d->name.ref);
        if (d->name.ref)
          for (const Entity* meth : d->name.ref->children) learn(meth);
        D.declareClass(d);
        break;
      case Decl::Kind::TypeSyn: learn(d->name.ref); break;
      default: break;
    }
  }
  D.declareInstances();
  std::vector<CoreBind> binds;
  for (Decl* d : m.decls) {
    if (d->kind == Decl::Kind::Data || d->kind == Decl::Kind::Newtype) D.dataBindings(d, binds);
    if (d->kind == Decl::Kind::Class) D.classBindings(d, binds);
  }
  if (auto it = D.elab.instances.find(D.module); it != D.elab.instances.end())
    for (const Elaboration::Instance& inst : it->second) D.instanceBindings(inst, binds);
  std::vector<CoreBind> values = D.bindings(m.decls, true);
  binds.insert(binds.end(), values.begin(), values.end());
  // Note [Shared constant dictionaries] (building one may need another).
  binds.insert(binds.end(), D.constantDictBinds.begin(), D.constantDictBinds.end());
  D.constantDictBinds.clear();
  // Top-level groups in dependency order.
  absl::flat_hash_map<const CoreVar*, size_t> index;
  for (size_t i = 0; i < binds.size(); ++i) index[binds[i].var] = i;
  std::vector<std::vector<size_t>> edges(binds.size());
  for (size_t i = 0; i < binds.size(); ++i)
    for (const CoreVar* v : occurringVars(*binds[i].rhs))
      if (auto it = index.find(v); it != index.end()) edges[i].push_back(it->second);
  for (const std::vector<size_t>& scc : stronglyConnected(edges)) {
    CoreModule::Group g;
    g.recursive = scc.size() > 1 ||
                  std::find(edges[scc[0]].begin(), edges[scc[0]].end(), scc[0]) != edges[scc[0]].end();
    for (size_t i : scc) g.binds.push_back(binds[i]);
    result.groups.push_back(std::move(g));
  }
  for (const CoreBind& b : binds) {
    D.addGlobal(b.var);
    if (D.isWrapper(b.rhs)) D.wrappers[b.var] = b.rhs;
  }
  // Small non-recursive functions (Note [Small functions inline]): from the
  // groups, so that a recursive one is never copied into itself.
  for (const CoreModule::Group& g : result.groups)
    if (!g.recursive && g.binds.size() == 1 && !D.wrappers.contains(g.binds[0].var) &&
        D.isSmallFunction(g.binds[0].rhs))
      D.smallFunctions[g.binds[0].var] = g.binds[0].rhs;
  // Uses of this module's own wrappers and small functions were desugared
  // before they were known (Note [Primitive wrappers]): inline them now.
  for (const CoreBind& b : binds)
    if (!D.wrappers.contains(b.var) && !D.smallFunctions.contains(b.var)) D.inlineWrapperCalls(b.rhs);
  bool ok = D.errors.empty();
  for (Diagnostic& d : D.errors) sink.report(std::move(d));
  D.errors.clear();
  D.out = nullptr;
  return ok;
}

}  // namespace core
