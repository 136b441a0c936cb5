// Core to STG: A-normal form, closures with free variables, primitives by
// kind, IO actions as functions of the world.
//
// Note [IO representation]
// ~~~~~~~~~~~~~~~~~~~~~~~~
// A value of type `IO a` is a function of one argument, the world token (a
// static object that is never inspected). Running the action applies it to
// the world; the application returns the action's result *as it is*, not
// evaluated (`return undefined >>= \_ -> k` must not fail). So each IO
// primitive becomes a one-parameter function closure:
//
//   primReturnIO x      = \w -> ret x
//   primBindIO m k      = \w -> case m w as r of _ -> k r w     (r is not evaluated)
//   primCatchIOError a h = \w -> catch# a h w
//   primPutStr h s      = \w -> case h as h' of _ -> case s as s' of _ -> io# primPutStr h' s'
//
// The arguments of a primitive IO action are evaluated to weak head normal
// form when it runs (never when it is built); the runtime forces strings
// further itself. The results of `m w` reach only a bind's case, a catch
// frame or the stop frame, which never inspect them, so returning an
// unevaluated pointer is safe. GHC does the same with State# and unboxed
// tuples; we have no unboxed values, and the world argument is a pointer.
#include "bytecode/stg.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <functional>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"

namespace bc {

std::optional<Prim> primByName(std::string_view name) {
  static const absl::flat_hash_map<std::string, Prim> table = [] {
    absl::flat_hash_map<std::string, Prim> t;
    for (size_t i = 0; i < kNumPrims; ++i) t[kPrims[i].name] = static_cast<Prim>(i);
    return t;
  }();
  auto it = table.find(std::string(name));
  if (it == table.end()) return std::nullopt;
  return it->second;
}

namespace {

using core::CoreAlt;
using core::CoreExpr;
using EK = core::CoreExpr::Kind;

// Parses a decimal integer literal, wrapping modulo 2^64 as fromInteger does for Int.
int64_t wrapInt(const std::string& text) {
  bool neg = !text.empty() && text[0] == '-';
  uint64_t v = 0;
  for (size_t i = neg ? 1 : 0; i < text.size(); ++i)
    if (text[i] >= '0' && text[i] <= '9') v = v * 10 + static_cast<uint64_t>(text[i] - '0');
  if (neg) v = ~v + 1;
  return static_cast<int64_t>(v);
}

StgLit convertLit(const core::Literal& l, LitType t) {
  StgLit r;
  r.type = t;
  switch (t) {
    case LitType::Int: r.i = wrapInt(l.text); break;
    case LitType::Integer: r.text = l.text; break;
    case LitType::Double: r.d = std::strtod(l.text.c_str(), nullptr); break;
    case LitType::Float: r.d = static_cast<double>(std::strtof(l.text.c_str(), nullptr)); break;
    case LitType::Char: r.i = static_cast<int64_t>(l.ch); break;
    case LitType::String: r.text = l.str; break;
  }
  return r;
}

// Note [Break sites in STG]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~
// A breakpoint tick of a module with break sites becomes `break<M,i> atoms
// e`: BRK_FUN, then e's code, in the same activation (GHC instead makes
// every ticked expression a BCO of its own; here a site costs no closure).
// Where the conversion looks through ticks to see what an expression is
// (stripTicks), breakpoint ticks are peeled off and put back around the
// code they cover:
//  - around a lambda, they go inside, at the start of its body: the site
//    is reached when the function is applied (a value is not a place to
//    stop; GHC stops there when the lambda is evaluated, which for a
//    binding is once);
//  - around a constructor application that would be a static value or an
//    allocation, the binding becomes a thunk instead, so the site is
//    reached when the value is demanded, as in GHC;
//  - around a variable or literal bound by a let, the binding is kept (a
//    thunk) rather than substituted away.
// Other ticks (of modules without break sites, or all of them when
// `breaks` is empty) are dropped. Cost-centre ticks always stay, so that an
// expression under one is never mistaken for a variable, a lambda or a
// constructor it would otherwise be compiled as (the centre must be pushed
// when its code runs).
bool droppedTick(const CoreExpr* e) {
  return e->kind == EK::Tick && e->tick->kind != core::Tick::Kind::CostCentre;
}

const CoreExpr* stripTicks(const CoreExpr* e) {
  while (droppedTick(e)) e = e->body;
  return e;
}

class Converter {
 public:
  Converter(StgArena& a, const BreakModules& breaks) : breaks_(breaks), A(a) {}

  StgRhs* top(const core::CoreBind& b) {
    name_ = b.var->display();
    const CoreExpr* e = stripTicks(b.rhs);
    StgRhs* r = A.rhs();
    r->name = name_;
    if (e->kind == EK::Lam) {
      r->kind = StgRhs::Kind::Fun;
      r->params.assign(e->params.begin(), e->params.end());
      r->body = withBreaks(b.rhs, expr(e->body));
    } else {
      r->kind = StgRhs::Kind::Thunk;
      r->body = expr(b.rhs);
    }
    return r;
  }

 private:
  const BreakModules& breaks_;

  bool keptBreak(const CoreExpr* e) const {
    return e->kind == EK::Tick && e->tick->kind == core::Tick::Kind::Breakpoint && breaks_ &&
           breaks_(e->tick->module);
  }
  bool hasKeptBreak(const CoreExpr* e) const {
    for (; droppedTick(e); e = e->body)
      if (keptBreak(e)) return true;
    return false;
  }
  // `body` (the code of what is under e's ticks) inside e's kept
  // breakpoint ticks, outermost first (Note [Break sites in STG]).
  StgExpr* withBreaks(const CoreExpr* e, StgExpr* body) {
    std::vector<const CoreExpr*> ticks;
    for (; droppedTick(e); e = e->body)
      if (keptBreak(e)) ticks.push_back(e);
    for (auto it = ticks.rbegin(); it != ticks.rend(); ++it) body = breakAt(*it, body);
    return body;
  }
  StgExpr* breakAt(const CoreExpr* t, StgExpr* body) {
    StgExpr* x = A.expr(StgExpr::Kind::Break);
    x->span = t->tick->span;
    x->tick = t->tick;
    for (const CoreVar* v : t->tick->freeVars) x->args.push_back(varAtom(v));
    x->body = body;
    return x;
  }
  using Pending = std::vector<StgBind>;

  // Every node gets the span of the innermost Core expression with one
  // being converted (for the line table, bytecode/debug_info.h).
  StgExpr* mk(StgExpr::Kind k) {
    StgExpr* x = A.expr(k);
    x->span = span_;
    return x;
  }
  core::SrcSpan span_;
  struct SpanScope {
    core::SrcSpan& slot;
    core::SrcSpan saved;
    SpanScope(core::SrcSpan& s, const core::SrcSpan& at) : slot(s), saved(s) {
      if (at.valid()) slot = at;
    }
    ~SpanScope() { slot = saved; }
  };

  StgExpr* atomExpr(Atom a) {
    StgExpr* x = mk(StgExpr::Kind::Atom);
    x->atom = std::move(a);
    return x;
  }

  Atom varAtom(const CoreVar* v) {
    auto it = subst_.find(v);
    if (it != subst_.end()) return it->second;
    Atom a;
    a.var = v;
    return a;
  }

  static Atom litAtom(const CoreExpr* e) {
    Atom a;
    a.lit = convertLit(e->lit, e->litType);
    return a;
  }

  StgExpr* wrap(Pending& pending, StgExpr* body) {
    for (auto it = pending.rbegin(); it != pending.rend(); ++it) {
      StgExpr* l = mk(StgExpr::Kind::Let);
      l->binds.push_back(*it);
      l->body = body;
      body = l;
    }
    return body;
  }

  // An atom for `e`, binding a closure in `pending` when it is not one already.
  Atom atomize(const CoreExpr* e, Pending& pending) {
    const CoreExpr* s = stripTicks(e);
    if (s->kind == EK::Var) return varAtom(s->var);
    if (s->kind == EK::Lit) return litAtom(s);
    const CoreVar* v = A.var("sat");
    StgRhs* r = rhs(e, pending, nullptr);
    pending.push_back(StgBind{v, r});
    return varAtom(v);
  }

  // The closure for a bound expression; bindings its constructor arguments
  // need go to `pending` first.
  StgRhs* rhs(const CoreExpr* e, Pending& pending, const CoreVar* named) {
    const CoreExpr* ticked = e;
    e = stripTicks(e);
    StgRhs* r = A.rhs();
    r->name = named ? absl::StrCat(name_, ".", named->name) : name_;
    if (e->kind == EK::Lam) {
      r->kind = StgRhs::Kind::Fun;
      r->params.assign(e->params.begin(), e->params.end());
      r->body = withBreaks(ticked, expr(e->body));
    } else if (e->kind == EK::ConApp && !hasKeptBreak(ticked)) {
      r->kind = StgRhs::Kind::Con;
      r->con = e->con;
      for (const CoreExpr* a : e->args) r->args.push_back(atomize(a, pending));
    } else {
      r->kind = StgRhs::Kind::Thunk;
      r->body = expr(ticked);
    }
    return r;
  }

 public:
  StgExpr* expr(const CoreExpr* e) {
    SpanScope scope(span_, e->span);
    if (keptBreak(e)) return breakAt(e, expr(e->body));
    e = stripTicks(e);
    SpanScope inner(span_, e->span);
    switch (e->kind) {
      case EK::Var: return atomExpr(varAtom(e->var));
      case EK::Lit: return atomExpr(litAtom(e));
      case EK::Tick: {  // a cost centre (stripTicks dropped the others)
        StgExpr* x = mk(StgExpr::Kind::Scc);
        x->tick = e->tick;
        x->body = expr(e->body);
        return x;
      }
      case EK::Lam: {
        Pending pending;
        Atom f = atomize(e, pending);
        return wrap(pending, atomExpr(f));
      }
      case EK::ConApp: {
        Pending pending;
        StgExpr* x = mk(StgExpr::Kind::ConApp);
        x->con = e->con;
        for (const CoreExpr* a : e->args) x->args.push_back(atomize(a, pending));
        return wrap(pending, x);
      }
      case EK::App: return application(e);
      case EK::Let: {
        const core::CoreBind& b = e->binds[0];
        const CoreExpr* r = stripTicks(b.rhs);
        if ((r->kind == EK::Var || r->kind == EK::Lit) && !hasKeptBreak(b.rhs)) {
          subst_[b.var] = r->kind == EK::Var ? varAtom(r->var) : litAtom(r);
          return expr(e->body);
        }
        // Note [Strict lets]: `let x = e in case x of alts` evaluates e at once.
        const CoreExpr* body = stripTicks(e->body);
        if (r->kind != EK::Lam && r->kind != EK::ConApp && forcesFirst(body, b.var)) {
          StgExpr* c = mk(StgExpr::Kind::Case);
          c->binder = b.var;
          StgAlt alt;
          alt.body = expr(e->body);
          c->alts.push_back(std::move(alt));
          return caseOf(expr(b.rhs), c);
        }
        Pending pending;
        StgRhs* c = rhs(b.rhs, pending, b.var);
        pending.push_back(StgBind{b.var, c});
        return wrap(pending, expr(e->body));
      }
      case EK::LetRec: {
        StgExpr* x = mk(StgExpr::Kind::LetRec);
        Pending group;
        for (const core::CoreBind& b : e->binds) {
          StgRhs* c = rhs(b.rhs, group, b.var);
          group.push_back(StgBind{b.var, c});
        }
        x->binds = std::move(group);
        x->body = expr(e->body);
        return x;
      }
      case EK::Case: {
        StgExpr* x = mk(StgExpr::Kind::Case);
        x->body = nullptr;
        x->binder = e->var ? e->var : A.var("wild");
        for (const CoreAlt& a : e->alts) {
          StgAlt alt;
          alt.kind = a.kind == CoreAlt::Kind::Con ? StgAlt::Kind::Con
                     : a.kind == CoreAlt::Kind::Lit ? StgAlt::Kind::Lit
                                                    : StgAlt::Kind::Default;
          alt.con = a.con;
          if (a.kind == CoreAlt::Kind::Lit) alt.lit = convertLit(a.lit, a.litType);
          alt.binders.assign(a.binders.begin(), a.binders.end());
          alt.body = expr(a.rhs);
          x->alts.push_back(std::move(alt));
        }
        return caseOf(expr(e->body), x);
      }
      case EK::PrimOp: return primitive(e);
    }
    return nullptr;
  }

 private:
  StgExpr* application(const CoreExpr* e) {
    // Flatten nested applications: ((f a) b) is f a b.
    std::vector<const CoreExpr*> args;
    const CoreExpr* f = e;
    while (f->kind == EK::App || droppedTick(f)) {
      if (f->kind == EK::App) args.insert(args.begin(), f->args.begin(), f->args.end());
      f = f->body;
    }
    if (args.empty()) return expr(f);
    Pending pending;
    if (f->kind == EK::Lam && f->params.size() == args.size()) {  // a beta redex
      for (size_t i = 0; i < args.size(); ++i) {
        const CoreExpr* a = stripTicks(args[i]);
        if ((a->kind == EK::Var || a->kind == EK::Lit) && !hasKeptBreak(args[i])) {
          subst_[f->params[i]] = a->kind == EK::Var ? varAtom(a->var) : litAtom(a);
        } else {
          StgRhs* c = rhs(args[i], pending, f->params[i]);
          pending.push_back(StgBind{f->params[i], c});
        }
      }
      return wrap(pending, expr(f->body));
    }
    StgExpr* call = mk(StgExpr::Kind::App);
    for (const CoreExpr* a : args) call->args.push_back(atomize(a, pending));
    if (f->kind == EK::Var) {
      call->atom = varAtom(f->var);
      return wrap(pending, call);
    }
    // Any other function expression is evaluated first: case f as fv of _ -> fv args.
    StgExpr* c = mk(StgExpr::Kind::Case);
    c->body = expr(f);
    c->binder = A.var("fun");
    call->atom.var = c->binder;
    StgAlt alt;
    alt.body = call;
    c->alts.push_back(std::move(alt));
    return wrap(pending, c);
  }

  // Note [Strict lets]
  // ~~~~~~~~~~~~~~~~~~
  // `let x = e in body`, where the first thing body does is evaluate x
  // (`let n' = n + 1 in n' `seq` go n' ys`, or a case on x), is
  // `case e as x of _ -> body`: the same evaluation order, and no thunk is
  // built for e only to be forced at once. (Evaluating x again in body
  // finds a value.)
  static bool forcesFirst(const CoreExpr* body, const CoreVar* x) {
    for (;;) {
      body = stripTicks(body);
      if (body->kind == EK::Case) {
        const CoreExpr* s = stripTicks(body->body);
        if (s->kind == EK::Var) return s->var == x;
        body = s;
        continue;
      }
      if (body->kind == EK::Let) {
        // Another binding first: it builds a closure, or is itself a strict
        // primitive (whose order against x's evaluation is free: both are
        // pure, and which of two failures shows is GHC's choice too).
        const CoreExpr* r = stripTicks(body->binds[0].rhs);
        std::optional<Prim> p = r->kind == EK::PrimOp ? primByName(r->prim) : std::nullopt;
        bool cheap = r->kind == EK::Lam || r->kind == EK::ConApp || r->kind == EK::Var || r->kind == EK::Lit ||
                     (p && primInfo(*p).kind == PrimKind::Strict);
        if (!cheap) return false;
        body = body->body;
        continue;
      }
      if (body->kind == EK::PrimOp && !body->args.empty() && body->prim != "primSeq") {
        // A strict primitive evaluates its first argument first.
        std::optional<Prim> p = primByName(body->prim);
        if (!p || primInfo(*p).kind != PrimKind::Strict) return false;
        // All its arguments are evaluated; when they are variables and
        // literals, x among them counts as first.
        bool atoms = true, found = false;
        for (const CoreExpr* a0 : body->args) {
          const CoreExpr* a = stripTicks(a0);
          atoms = atoms && (a->kind == EK::Var || a->kind == EK::Lit);
          found = found || (a->kind == EK::Var && a->var == x);
        }
        if (atoms) return found;
        const CoreExpr* s = stripTicks(body->args[0]);
        if (s->kind == EK::Var) return s->var == x;
        body = s;
        continue;
      }
      if (body->kind == EK::PrimOp && body->prim == "primSeq" && !body->args.empty()) {
        const CoreExpr* s = stripTicks(body->args[0]);
        if (s->kind == EK::Var) return s->var == x;
        body = s;
        continue;
      }
      return false;
    }
  }

  // Note [Case of case]
  // ~~~~~~~~~~~~~~~~~~~
  // Puts `outer` (a case whose scrutinee is missing) around `scrut`. When
  // the scrutinee is itself a case with one default alternative, or a let,
  // the outer case moves inside it:
  //   case (case a as b of _ -> e) of alts   =  case a as b of _ -> case e of alts
  //   case (let x = r in e) of alts          =  let x = r in case e of alts
  //   case (break<M,i> xs e) of alts          =  break<M,i> xs (case e of alts)
  // Binders are unique, so nothing is captured. This is what makes
  // `if n < 2 then ...` at Int evaluate n, compare and branch in one
  // activation, without a case frame for the comparison.
  StgExpr* caseOf(StgExpr* scrut, StgExpr* outer) {
    StgExpr* root = scrut;
    StgExpr** hole = &root;
    for (;;) {
      StgExpr* s = *hole;
      if (s->kind == StgExpr::Kind::Case && s->alts.size() == 1 && s->alts[0].kind == StgAlt::Kind::Default) {
        hole = &s->alts[0].body;
      } else if (s->kind == StgExpr::Kind::Let || s->kind == StgExpr::Kind::LetRec ||
                 s->kind == StgExpr::Kind::Break) {
        hole = &s->body;  // a break site stops before its expression: before the case too
      } else {
        break;
      }
    }
    outer->body = *hole;
    *hole = outer;
    return root;
  }

  // case e1 as v1 of _ -> ... case en as vn of _ -> inner(v1..vn), evaluating
  // each argument that is not already a literal value.
  StgExpr* strictly(const std::vector<CoreExpr*>& args, const std::function<StgExpr*(std::vector<Atom>)>& inner) {
    std::vector<Atom> atoms;
    std::vector<std::pair<StgExpr*, const CoreVar*>> evals;
    for (const CoreExpr* a0 : args) {
      const CoreExpr* a = stripTicks(a0);
      if (a->kind == EK::Lit && a->litType != LitType::String) {
        atoms.push_back(litAtom(a));
        continue;
      }
      const CoreVar* v = A.var("ev");
      evals.emplace_back(expr(a0), v);
      Atom at;
      at.var = v;
      atoms.push_back(at);
    }
    StgExpr* body = inner(std::move(atoms));
    for (auto it = evals.rbegin(); it != evals.rend(); ++it) {
      StgExpr* c = mk(StgExpr::Kind::Case);
      c->binder = it->second;
      StgAlt alt;
      alt.body = body;
      c->alts.push_back(std::move(alt));
      body = caseOf(it->first, c);
    }
    return body;
  }

  StgExpr* primitive(const CoreExpr* e) {
    std::optional<Prim> p = primByName(e->prim);
    if (!p) {  // lint guarantees names; keep going with a clear runtime error
      StgExpr* x = mk(StgExpr::Kind::Raise);
      x->prim = Prim::primErrorWithoutStackTrace;
      Atom msg;
      msg.lit.type = LitType::String;
      msg.lit.text = "unknown primitive " + e->prim;
      x->args.push_back(msg);
      return x;
    }
    PrimKind kind = primInfo(*p).kind;
    switch (kind) {
      case PrimKind::Strict:
        return strictly(e->args, [&](std::vector<Atom> atoms) {
          StgExpr* x = mk(StgExpr::Kind::Prim);
          x->prim = *p;
          x->args = std::move(atoms);
          return x;
        });
      case PrimKind::Seq: {
        StgExpr* c = mk(StgExpr::Kind::Case);
        c->body = expr(e->args[0]);
        c->binder = A.var("seq");
        StgAlt alt;
        alt.body = expr(e->args[1]);
        c->alts.push_back(std::move(alt));
        return c;
      }
      case PrimKind::Lazy:
      case PrimKind::Raise: {
        Pending pending;
        StgExpr* x = mk(kind == PrimKind::Lazy ? StgExpr::Kind::Prim : StgExpr::Kind::Raise);
        x->prim = *p;
        for (const CoreExpr* a : e->args) x->args.push_back(atomize(a, pending));
        return wrap(pending, x);
      }
      case PrimKind::IO: return ioAction(*p, e);
    }
    return nullptr;
  }

  // See Note [IO representation].
  StgExpr* ioAction(Prim p, const CoreExpr* e) {
    Pending pending;
    std::vector<Atom> args;
    for (const CoreExpr* a : e->args) args.push_back(atomize(a, pending));
    const CoreVar* w = A.var("w");
    Atom world;
    world.var = w;
    StgExpr* body = nullptr;
    switch (p) {
      case Prim::primReturnIO:
        body = mk(StgExpr::Kind::Return);
        body->atom = args[0];
        break;
      case Prim::primBindIO: {
        StgExpr* run = mk(StgExpr::Kind::App);
        run->atom = args[0];
        run->args.push_back(world);
        StgExpr* c = mk(StgExpr::Kind::Case);
        c->body = run;
        c->binder = A.var("r");
        StgExpr* next = mk(StgExpr::Kind::App);
        next->atom = args[1];
        Atom r;
        r.var = c->binder;
        next->args = {r, world};
        StgAlt alt;
        alt.body = next;
        c->alts.push_back(std::move(alt));
        body = c;
        break;
      }
      case Prim::primCatchIOError:
        body = mk(StgExpr::Kind::Catch);
        body->args = {args[0], args[1], world};
        break;
      default: {
        // Evaluate every argument, then perform the primitive.
        std::vector<const CoreVar*> evs;
        StgExpr* io = mk(StgExpr::Kind::IOPrim);
        io->prim = p;
        for (size_t i = 0; i < args.size(); ++i) {
          const CoreVar* v = A.var("a");
          evs.push_back(v);
          Atom av;
          av.var = v;
          io->args.push_back(av);
        }
        body = io;
        for (size_t i = args.size(); i-- > 0;) {
          StgExpr* c = mk(StgExpr::Kind::Case);
          c->body = atomExpr(args[i]);
          c->binder = evs[i];
          StgAlt alt;
          alt.body = body;
          c->alts.push_back(std::move(alt));
          body = c;
        }
      }
    }
    StgRhs* fun = A.rhs();
    fun->kind = StgRhs::Kind::Fun;
    fun->name = name_;
    fun->params = {w};
    fun->body = body;
    const CoreVar* io = A.var("io");
    pending.push_back(StgBind{io, fun});
    Atom result;
    result.var = io;
    return wrap(pending, atomExpr(result));
  }

  StgArena& A;
  std::string name_;
  absl::flat_hash_map<const CoreVar*, Atom> subst_;
};

// ---- free variables ---------------------------------------------------------------------
// Each closure's body is walked once: nested closures are summarised by
// their own free lists (computed first), so the whole module is linear.
// Binders are unique (every CoreVar is bound once), so "bound somewhere in
// this closure" is the same as "bound in scope here".
struct FreeCtx {
  absl::flat_hash_set<const CoreVar*> bound;
  absl::flat_hash_set<const CoreVar*> seen;
  std::vector<const CoreVar*> out;
  void use(const CoreVar* v) {
    if (v && !v->isGlobal() && !bound.contains(v) && seen.insert(v).second) out.push_back(v);
  }
};

void closureFree(StgRhs* r);

void freeIn(StgExpr* e, FreeCtx& c) {
  using K = StgExpr::Kind;
  for (;;) {
    switch (e->kind) {
      case K::Atom: case K::Return: c.use(e->atom.var); return;
      case K::App: c.use(e->atom.var); [[fallthrough]];
      case K::ConApp: case K::Prim: case K::Raise: case K::IOPrim: case K::Catch:
        for (const Atom& a : e->args) c.use(a.var);
        return;
      case K::Let: case K::LetRec:
        for (const StgBind& b : e->binds) c.bound.insert(b.var);
        for (const StgBind& b : e->binds) {
          if (b.rhs->kind == StgRhs::Kind::Con) {
            for (const Atom& a : b.rhs->args) c.use(a.var);
          } else {
            closureFree(b.rhs);
            for (const CoreVar* v : b.rhs->free) c.use(v);
          }
        }
        e = e->body;  // the body last: a long chain of lets is a loop, not recursion
        continue;
      case K::Scc:
        e = e->body;
        continue;
      case K::Break:
        for (const Atom& a : e->args) c.use(a.var);
        e = e->body;
        continue;
      case K::Case:
        freeIn(e->body, c);
        c.bound.insert(e->binder);
        for (StgAlt& a : e->alts) {
          for (const CoreVar* b : a.binders) c.bound.insert(b);
          freeIn(a.body, c);
        }
        return;
    }
  }
}

void closureFree(StgRhs* r) {
  FreeCtx c;
  for (const CoreVar* p : r->params) c.bound.insert(p);
  freeIn(r->body, c);
  std::sort(c.out.begin(), c.out.end(), [](const CoreVar* a, const CoreVar* b) { return a->unique < b->unique; });
  r->free = std::move(c.out);
}

}  // namespace

StgModule coreToStg(const core::CoreModule& m, StgArena& arena, const BreakModules& breaks) {
  StgModule out;
  out.name = m.name;
  out.constructors = m.constructors;
  for (const core::CoreModule::Group& g : m.groups)
    for (const core::CoreBind& b : g.binds) {
      Converter c(arena, breaks);
      StgRhs* r = c.top(b);
      closureFree(r);
      out.bindings.push_back(StgTop{b.var, r});
    }
  return out;
}

}  // namespace bc
