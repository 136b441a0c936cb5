#include "core/core_serial.h"

#include "absl/container/flat_hash_map.h"

namespace core {

namespace {

constexpr int kMaxCoreDepth = 4000;  // deeper than any unfolding (they are small)

struct CoreWriter {
  IfaceWriter& w;
  absl::flat_hash_map<const CoreVar*, uint64_t> locals;

  void binder(const CoreVar* v) {
    locals.emplace(v, locals.size());
    w.str(v->name);
    w.str(v->typeText);
  }
  void occurrence(const CoreVar* v) {
    if (v->isGlobal()) {
      w.u8(1);
      w.str(v->module);
      w.str(v->name);
    } else {
      auto it = locals.find(v);
      w.u8(2);
      w.num(it == locals.end() ? UINT32_MAX : it->second);  // an unbound local fails on reading
    }
  }
  void literal(const Literal& l, LitType t) {
    w.u8(static_cast<uint8_t>(l.kind));
    w.str(l.text);
    w.str(l.str);
    w.num(l.ch);
    w.u8(static_cast<uint8_t>(t));
  }
  void con(const DataCon* c) {
    w.str(c->module);
    w.str(c->name);
  }
  void expr(const CoreExpr* e) {
    w.u8(static_cast<uint8_t>(e->kind));
    w.span(e->span);
    using K = CoreExpr::Kind;
    switch (e->kind) {
      case K::Var: occurrence(e->var); break;
      case K::Lit: literal(e->lit, e->litType); break;
      case K::App:
        expr(e->body);
        exprs(e);
        break;
      case K::Lam:
        w.num(e->params.size());
        for (const CoreVar* p : e->params) binder(p);
        expr(e->body);
        break;
      case K::Let: case K::LetRec:
        w.num(e->binds.size());
        if (e->kind == K::Let) {
          for (const CoreBind& b : e->binds) {
            expr(b.rhs);
            binder(b.var);
          }
        } else {
          for (const CoreBind& b : e->binds) binder(b.var);
          for (const CoreBind& b : e->binds) expr(b.rhs);
        }
        expr(e->body);
        break;
      case K::Case:
        expr(e->body);
        w.flag(e->var != nullptr);
        if (e->var) binder(e->var);
        w.num(e->alts.size());
        for (const CoreAlt& a : e->alts) {
          w.u8(static_cast<uint8_t>(a.kind));
          if (a.kind == CoreAlt::Kind::Con) con(a.con);
          if (a.kind == CoreAlt::Kind::Lit) literal(a.lit, a.litType);
          w.num(a.binders.size());
          for (const CoreVar* b : a.binders) binder(b);
          expr(a.rhs);
        }
        break;
      case K::ConApp:
        con(e->con);
        exprs(e);
        break;
      case K::PrimOp:
        w.str(e->prim);
        w.num(e->primArity);
        exprs(e);
        break;
      case K::Tick: {
        const Tick& t = *e->tick;
        w.u8(static_cast<uint8_t>(t.kind));
        w.str(t.module);
        w.num(t.index);
        w.num(t.freeVars.size());
        for (const CoreVar* v : t.freeVars) occurrence(v);
        w.str(t.costCentre);
        w.span(t.span);
        expr(e->body);
        break;
      }
    }
  }
  void exprs(const CoreExpr* e) {
    w.num(e->args.size());
    for (const CoreExpr* a : e->args) expr(a);
  }
};

struct CoreReader {
  IfaceReader& r;
  CoreArena& A;
  const CoreNames& names;
  std::vector<CoreVar*> locals;

  CoreVar* binder() {
    CoreVar* v = A.var(r.str());
    v->typeText = r.str();
    locals.push_back(v);
    return v;
  }
  CoreVar* occurrence() {
    uint8_t tag = r.u8();
    if (tag == 1) {
      std::string module = r.str();
      std::string name = r.str();
      if (!r.ok()) return nullptr;
      CoreVar* v = names.global(module, name);
      if (v == nullptr) r.fail("unfolding refers to " + module + "." + name + ", which is not defined");
      return v;
    }
    uint64_t k = r.num();
    if (tag != 2 || k >= locals.size()) {
      r.fail("unfolding has an unbound variable");
      return nullptr;
    }
    return locals[k];
  }
  void literal(Literal& l, LitType& t) {
    uint8_t kind = r.u8();
    l.text = r.str();
    l.str = r.str();
    l.ch = static_cast<char32_t>(r.num());
    uint8_t type = r.u8();
    if (kind > static_cast<uint8_t>(Literal::Kind::String) || type > static_cast<uint8_t>(LitType::String))
      r.fail("unfolding has a bad literal");
    l.kind = static_cast<Literal::Kind>(kind);
    t = static_cast<LitType>(type);
  }
  const DataCon* con() {
    std::string module = r.str();
    std::string name = r.str();
    if (!r.ok()) return nullptr;
    const DataCon* c = names.con(module, name);
    if (c == nullptr) r.fail("unfolding refers to constructor " + module + "." + name + ", which is not defined");
    return c;
  }
  void exprs(CoreExpr* e, int depth) {
    size_t n = r.count();
    for (size_t i = 0; i < n && r.ok(); ++i) e->args.push_back(expr(depth + 1));
  }
  CoreExpr* expr(int depth) {
    uint8_t kind = r.u8();
    if (kind > static_cast<uint8_t>(CoreExpr::Kind::Tick) || depth > kMaxCoreDepth) {
      r.fail("unfolding has a bad expression");
      return nullptr;
    }
    using K = CoreExpr::Kind;
    CoreExpr* e = A.expr(static_cast<K>(kind));
    e->span = r.span();
    switch (e->kind) {
      case K::Var: e->var = occurrence(); break;
      case K::Lit: literal(e->lit, e->litType); break;
      case K::App:
        e->body = expr(depth + 1);
        exprs(e, depth);
        break;
      case K::Lam: {
        size_t n = r.count(2);
        for (size_t i = 0; i < n && r.ok(); ++i) e->params.push_back(binder());
        e->body = expr(depth + 1);
        break;
      }
      case K::Let: case K::LetRec: {
        size_t n = r.count(3);
        if (e->kind == K::Let) {
          for (size_t i = 0; i < n && r.ok(); ++i) {
            CoreExpr* rhs = expr(depth + 1);
            e->binds.push_back(CoreBind{binder(), rhs});
          }
        } else {
          for (size_t i = 0; i < n && r.ok(); ++i) e->binds.push_back(CoreBind{binder(), nullptr});
          for (CoreBind& b : e->binds)
            if (r.ok()) b.rhs = expr(depth + 1);
        }
        e->body = expr(depth + 1);
        break;
      }
      case K::Case: {
        e->body = expr(depth + 1);
        if (r.flag()) e->var = binder();
        size_t n = r.count(3);
        for (size_t i = 0; i < n && r.ok(); ++i) {
          CoreAlt a;
          uint8_t ak = r.u8();
          if (ak > static_cast<uint8_t>(CoreAlt::Kind::Default)) r.fail("unfolding has a bad alternative");
          a.kind = static_cast<CoreAlt::Kind>(ak);
          if (a.kind == CoreAlt::Kind::Con) a.con = con();
          if (a.kind == CoreAlt::Kind::Lit) literal(a.lit, a.litType);
          size_t b = r.count(2);
          for (size_t j = 0; j < b && r.ok(); ++j) a.binders.push_back(binder());
          a.rhs = expr(depth + 1);
          e->alts.push_back(std::move(a));
        }
        break;
      }
      case K::ConApp:
        e->con = con();
        exprs(e, depth);
        break;
      case K::PrimOp:
        e->prim = r.str();
        e->primArity = static_cast<uint32_t>(r.num());
        exprs(e, depth);
        break;
      case K::Tick: {
        uint8_t tk = r.u8();
        if (tk > static_cast<uint8_t>(Tick::Kind::CostCentre)) r.fail("unfolding has a bad tick");
        Tick* t = A.tick(static_cast<Tick::Kind>(tk));
        t->module = r.str();
        t->index = static_cast<uint32_t>(r.num());
        size_t n = r.count(2);
        for (size_t i = 0; i < n && r.ok(); ++i) t->freeVars.push_back(occurrence());
        t->costCentre = r.str();
        t->span = r.span();
        e->tick = t;
        e->body = expr(depth + 1);
        break;
      }
    }
    return r.ok() ? e : nullptr;
  }
};

}  // namespace

void writeCoreExpr(const CoreExpr* e, IfaceWriter& w) {
  CoreWriter cw{w, {}};
  cw.expr(e);
}

CoreExpr* readCoreExpr(IfaceReader& r, CoreArena& arena, const CoreNames& names) {
  CoreReader cr{r, arena, names, {}};
  return cr.expr(0);
}

}  // namespace core
