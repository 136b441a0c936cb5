// Derived instances (report chapter 11) as Core.
#include <algorithm>

#include "core/desugar_impl.h"

namespace core {

// Note [Derived instances]
// ~~~~~~~~~~~~~~~~~~~~~~~~
// The type checker decided each derived instance's context and the evidence
// for the class at every field (Elaboration::Instance::fields); here the
// methods are written directly in Core:
//   Eq       (==) compares constructors, then fields left to right;
//   Ord      compare: the same constructor compares fields lexicographically,
//            different ones by declaration order (the other's tag is
//            computed once);
//   Show     showsPrec in GHC's format: prefix "K x y" at precedence 11,
//            records "K {f = x, g = y}", infix constructors at their fixity
//            (default infixl 9) with both sides at one more;
//   Enum     (enumerations) fromEnum/toEnum by tag, succ/pred with GHC's
//            errors at the ends, enumFrom/enumFromThen stopping at the last
//            constructor; enumFromTo/enumFromThenTo are the class defaults;
//   Bounded  the first and last constructor, or the constructor of a
//            one-constructor type applied to its fields' bounds;
//   Read     readsPrec after the report: each constructor's lexemes (and
//            fields read at precedence 11) behind readParen.
// Any other method falls back to the class's default (Note [Dictionaries]).
// A newtype's value is its field (Note [Newtypes]).

namespace {

struct Builder {
  Desugarer::Impl& D;
  const Elaboration::Instance& inst;
  Decl* data;
  SrcSpan at;

  bool newtype() const { return data->kind == Decl::Kind::Newtype; }
  size_t arity(size_t i) const {
    const ConDecl* c = data->cons[i];
    size_t n = c->args.size();
    for (const ConField& f : c->fields) n += f.names.size();
    return n;
  }
  CoreExpr* intLit(long v) {
    CoreExpr* x = D.A.expr(CoreExpr::Kind::Lit);
    x->lit.kind = Literal::Kind::Int;
    x->lit.text = std::to_string(v);
    x->litType = LitType::Int;
    return x;
  }
  CoreExpr* charLit(char c) {
    CoreExpr* x = D.A.expr(CoreExpr::Kind::Lit);
    x->lit.kind = Literal::Kind::Char;
    x->lit.ch = static_cast<char32_t>(c);
    x->lit.text = std::string("'") + c + "'";
    x->litType = LitType::Char;
    return x;
  }
  CoreExpr* con(size_t i, std::vector<CoreExpr*> args) {
    if (newtype()) return args.empty() ? D.failWith(at, "newtype without a field") : args[0];
    return D.conApp(D.conFor(data->cons[i]->name.ref), std::move(args), at);
  }
  CoreExpr* wiredCon(const std::string& name) {
    const Entity* e = D.wiredEntity(name, at);
    return e ? D.conApp(D.conFor(e), {}, at) : D.failWith(at, "missing " + name);
  }
  CoreExpr* method(const std::string& name, EvId ev) {
    return D.app(D.wiredVar(name, at), {D.evidence(ev, at)}, at);
  }
  // case v of K_i x1..xn -> k(i, xs) for every constructor (a newtype's value is its field).
  CoreExpr* caseCons(CoreVar* v, const std::function<CoreExpr*(size_t, std::vector<CoreVar*>)>& k,
                     CoreExpr* otherwise = nullptr, std::vector<size_t> only = {}) {
    if (newtype()) return k(0, {v});
    std::vector<CoreAlt> alts;
    for (size_t i = 0; i < data->cons.size(); ++i) {
      if (!only.empty() && std::find(only.begin(), only.end(), i) == only.end()) continue;
      CoreAlt alt;
      alt.kind = CoreAlt::Kind::Con;
      alt.con = D.conFor(data->cons[i]->name.ref);
      for (size_t j = 0; j < arity(i); ++j) alt.binders.push_back(D.fresh("x"));
      alt.rhs = k(i, alt.binders);
      alts.push_back(std::move(alt));
    }
    if (otherwise && alts.size() < data->cons.size()) {
      CoreAlt def;
      def.rhs = otherwise;
      alts.push_back(std::move(def));
    }
    if (alts.empty()) {
      CoreAlt def;
      def.rhs = D.failWith(at, "Void case");
      alts.push_back(std::move(def));
    }
    return D.caseOf(D.var(v), nullptr, std::move(alts), at);
  }
  // Constructor i's name as it shows: "K", "(:+)" for a prefix operator.
  std::string shownName(size_t i, bool infixUse) const {
    const std::string& n = data->cons[i]->name.name;
    bool sym = !n.empty() && !(std::isalpha(static_cast<unsigned char>(n[0])) || n[0] == '_');
    if (infixUse) return sym ? n : absl::StrCat("`", n, "`");
    return sym ? absl::StrCat("(", n, ")") : n;
  }
  std::vector<std::string> fieldNames(size_t i) const {
    std::vector<std::string> out;
    for (const ConField& f : data->cons[i]->fields)
      for (const Name& n : f.names) out.push_back(n.name);
    return out;
  }
  int fixityOf(size_t i) const {
    const Entity* e = data->cons[i]->name.ref;
    return e && e->fixity ? e->fixity->precedence : 9;
  }

  // ---- Eq ----
  CoreExpr* equal() {
    CoreVar* a = D.fresh("a");
    CoreVar* b = D.fresh("b");
    CoreExpr* body = caseCons(a, [&](size_t i, std::vector<CoreVar*> xs) {
      return caseCons(b, [&, xs](size_t, std::vector<CoreVar*> ys) {
        CoreExpr* r = wiredCon("True");
        for (size_t j = xs.size(); j-- > 0;) {
          CoreExpr* test = D.app(method("==", inst.fields[i][j]), {D.var(xs[j]), D.var(ys[j])}, at);
          r = D.ifThenElse(test, r, wiredCon("False"), at);
        }
        return r;
      }, wiredCon("False"), {i});
    });
    return D.lam({a, b}, body, at);
  }

  // ---- Ord ----
  CoreExpr* compare() {
    CoreVar* a = D.fresh("a");
    CoreVar* b = D.fresh("b");
    CoreVar* tagB = D.fresh("tagB");
    bool several = !newtype() && data->cons.size() > 1;
    CoreExpr* body = caseCons(a, [&](size_t i, std::vector<CoreVar*> xs) {
      CoreExpr* other = nullptr;
      if (several)
        other = D.ifThenElse(D.prim("primIntLt", {intLit(static_cast<long>(i)), D.var(tagB)}), wiredCon("LT"),
                             wiredCon("GT"), at);
      return caseCons(b, [&, xs](size_t, std::vector<CoreVar*> ys) {
        CoreExpr* r = wiredCon("EQ");
        for (size_t j = xs.size(); j-- > 0;) {
          CoreVar* c = D.fresh("c");
          CoreAlt eq;
          eq.kind = CoreAlt::Kind::Con;
          const Entity* eqCon = D.wiredEntity("EQ", at);
          eq.con = eqCon ? D.conFor(eqCon) : nullptr;
          eq.rhs = r;
          CoreAlt def;
          def.rhs = D.var(c);
          CoreExpr* cmp = D.app(method("compare", inst.fields[i][j]), {D.var(xs[j]), D.var(ys[j])}, at);
          r = D.caseOf(cmp, c, {eq, def}, at);
        }
        return r;
      }, other, {i});
    });
    if (several) {
      CoreExpr* tag = caseCons(b, [&](size_t j, std::vector<CoreVar*>) { return intLit(static_cast<long>(j)); });
      body = D.let(tagB, tag, body);
    }
    return D.lam({a, b}, body, at);
  }

  // ---- Show ----
  CoreExpr* showsPrec() {
    CoreVar* d = D.fresh("d");
    CoreVar* x = D.fresh("x");
    CoreExpr* body = caseCons(x, [&](size_t i, std::vector<CoreVar*> xs) -> CoreExpr* {
      CoreVar* s = D.fresh("s");
      auto str = [&](const std::string& t, CoreExpr* rest) {
        return D.app(D.wiredVar("showString", at), {D.stringLit(t), rest}, at);
      };
      auto field = [&](size_t j, long prec, CoreExpr* rest) {
        return D.app(method("showsPrec", inst.fields[i][j]), {intLit(prec), D.var(xs[j]), rest}, at);
      };
      const ConDecl* c = data->cons[i];
      if (xs.empty()) return D.app(D.wiredVar("showString", at), {D.stringLit(shownName(i, false))}, at);
      CoreExpr* r = D.var(s);
      long paren = 11;
      if (c->record) {
        std::vector<std::string> names = fieldNames(i);
        r = D.app(D.wiredVar("showChar", at), {charLit('}'), r}, at);
        for (size_t j = xs.size(); j-- > 0;) {
          r = field(j, 0, r);
          const std::string& fn = names[j];
          bool sym = !fn.empty() && !(std::isalpha(static_cast<unsigned char>(fn[0])) || fn[0] == '_');
          r = str(absl::StrCat(j == 0 ? "" : ", ", sym ? "(" : "", fn, sym ? ")" : "", " = "), r);
        }
        r = str(absl::StrCat(shownName(i, false), " {"), r);
      } else if (c->infix && xs.size() == 2) {
        int p = fixityOf(i);
        paren = p + 1;
        r = field(1, p + 1, r);
        r = str(absl::StrCat(" ", shownName(i, true), " "), r);
        r = field(0, p + 1, r);
      } else {
        for (size_t j = xs.size(); j-- > 0;) {
          r = field(j, 11, r);
          if (j > 0) r = D.app(D.wiredVar("showChar", at), {charLit(' '), r}, at);
        }
        r = str(absl::StrCat(shownName(i, false), " "), r);
      }
      CoreExpr* cond = D.prim("primIntLe", {intLit(paren), D.var(d)});
      return D.app(D.wiredVar("showParen", at), {cond, D.lam({s}, r, at)}, at);
    });
    return D.lam({d, x}, body, at);
  }

  // ---- Enum (enumerations) ----
  CoreExpr* fromEnumFn() {
    CoreVar* x = D.fresh("x");
    return D.lam({x}, caseCons(x, [&](size_t i, std::vector<CoreVar*>) { return intLit(static_cast<long>(i)); }), at);
  }
  CoreExpr* toEnumFn() {
    CoreVar* n = D.fresh("n");
    std::vector<CoreAlt> alts;
    for (size_t i = 0; i < data->cons.size(); ++i) {
      CoreAlt alt;
      alt.kind = CoreAlt::Kind::Lit;
      alt.litType = LitType::Int;
      alt.lit.kind = Literal::Kind::Int;
      alt.lit.text = std::to_string(i);
      alt.rhs = con(i, {});
      alts.push_back(std::move(alt));
    }
    CoreAlt def;
    def.rhs = D.prim("primErrorWithoutStackTrace",
                     {D.app(D.wiredVar("++", at),
                            {D.stringLit(absl::StrCat("toEnum{", data->name.name, "}: tag (")),
                             D.app(D.wiredVar("++", at),
                                   {D.app(D.wiredVar("show", at), {dict("Show", "Int"), D.var(n)}, at),
                                    D.stringLit(absl::StrCat(") is outside of enumeration's range (0,",
                                                             data->cons.size() - 1, ")"))},
                                   at)},
                            at)});
    alts.push_back(std::move(def));
    return D.lam({n}, D.caseOf(D.var(n), nullptr, std::move(alts), at), at);
  }
  CoreExpr* dict(const std::string& cls, const std::string& tycon) {
    const Entity* c = D.wiredEntity(cls, at);
    const Entity* t = D.wiredEntity(tycon, at);
    auto it = D.dfuns.find({c, t});
    return it == D.dfuns.end() ? D.failWith(at, "missing instance " + cls + " " + tycon) : D.var(it->second);
  }
  CoreExpr* step(bool forward) {
    CoreVar* x = D.fresh("x");
    size_t n = data->cons.size();
    return D.lam({x}, caseCons(x, [&](size_t i, std::vector<CoreVar*>) -> CoreExpr* {
      if (forward ? i + 1 < n : i > 0) return con(forward ? i + 1 : i - 1, {});
      const char* m = forward ? "succ" : "pred";
      return D.prim("primErrorWithoutStackTrace",
                    {D.stringLit(absl::StrCat(m, "{", data->name.name, "}: tried to take `", m, "' of ",
                                              forward ? "last" : "first", " tag in enumeration"))});
    }), at);
  }
  CoreExpr* enumFrom(bool then) {
    long last = static_cast<long>(data->cons.size()) - 1;
    CoreVar* x = D.fresh("x");
    CoreVar* y = D.fresh("y");
    CoreVar* fx = D.fresh("fx");
    CoreVar* fy = D.fresh("fy");
    CoreExpr* ints;
    if (!then) {
      ints = D.app(D.wiredVar("enumFromTo", at), {dict("Enum", "Int"), D.var(fx), intLit(last)}, at);
    } else {
      CoreExpr* limit = D.ifThenElse(D.prim("primIntLe", {D.var(fx), D.var(fy)}), intLit(last), intLit(0), at);
      ints = D.app(D.wiredVar("enumFromThenTo", at), {dict("Enum", "Int"), D.var(fx), D.var(fy), limit}, at);
    }
    CoreExpr* body = D.app(D.wiredVar("map", at), {toEnumFn(), ints}, at);
    if (then) body = D.let(fy, D.app(fromEnumFn(), {D.var(y)}, at), body);
    body = D.let(fx, D.app(fromEnumFn(), {D.var(x)}, at), body);
    return then ? D.lam({x, y}, body, at) : D.lam({x}, body, at);
  }

  // ---- Bounded ----
  CoreExpr* bound(bool min) {
    if (data->cons.size() != 1 || newtype()) {
      if (data->cons.size() == 1 && newtype()) return method(min ? "minBound" : "maxBound", inst.fields[0][0]);
      return con(min ? 0 : data->cons.size() - 1, {});
    }
    std::vector<CoreExpr*> args;
    for (size_t j = 0; j < arity(0); ++j) args.push_back(method(min ? "minBound" : "maxBound", inst.fields[0][j]));
    return con(0, std::move(args));
  }

  // ---- Read ----
  // [r' | (tok, r') <- lex r, tok == t] >>= k
  CoreExpr* expectThen(CoreExpr* input, const std::string& t, const std::function<CoreExpr*(CoreExpr*)>& k) {
    return bindList(D.app(D.wiredVar("lex", at), {input}, at), [&](CoreVar* tok, CoreVar* rest) {
      CoreExpr* eqString = D.app(dictList("Eq"), {dict("Eq", "Char")}, at);
      CoreExpr* same = D.app(D.wiredVar("==", at), {eqString, D.var(tok), D.stringLit(t)}, at);
      return D.ifThenElse(same, k(D.var(rest)), D.conApp(D.builtinCon("[]"), {}, at), at);
    });
  }
  // concatMap (\p -> case p of (a, b) -> k a b) list
  CoreExpr* bindList(CoreExpr* list, const std::function<CoreExpr*(CoreVar*, CoreVar*)>& k) {
    CoreVar* p = D.fresh("p");
    CoreAlt alt;
    alt.kind = CoreAlt::Kind::Con;
    alt.con = D.builtinCon("(,)");
    CoreVar* a = D.fresh("a");
    CoreVar* b = D.fresh("b");
    alt.binders = {a, b};
    alt.rhs = k(a, b);
    CoreExpr* f = D.lam({p}, D.caseOf(D.var(p), nullptr, {alt}, at), at);
    return D.app(D.wiredVar("concatMap", at), {dictList("Foldable"), f, list}, at);
  }
  CoreExpr* dictList(const std::string& cls) {
    auto it = D.dfuns.find({D.wiredEntity(cls, at), D.builtins.at("t []")});
    return it == D.dfuns.end() ? D.failWith(at, "missing instance " + cls + " []") : D.var(it->second);
  }
  CoreExpr* readsPrec() {
    CoreVar* d = D.fresh("d");
    CoreVar* s0 = D.fresh("s");
    CoreExpr* all = nullptr;
    for (size_t i = data->cons.size(); i-- > 0;) {
      const ConDecl* c = data->cons[i];
      size_t n = arity(i);
      CoreVar* r = D.fresh("r");
      std::vector<CoreVar*> xs;
      // Reads field j (after its lexemes) and goes on with the next.
      std::function<CoreExpr*(size_t, CoreExpr*)> fields = [&](size_t j, CoreExpr* input) -> CoreExpr* {
        if (j == n) {
          std::vector<CoreExpr*> args;
          for (CoreVar* v : xs) args.push_back(D.var(v));
          CoreExpr* pair = D.conApp(D.builtinCon("(,)"), {con(i, args), input}, at);
          return D.conApp(D.builtinCon(":"), {pair, D.conApp(D.builtinCon("[]"), {}, at)}, at);
        }
        auto readField = [&, j](CoreExpr* in, long prec) {
          return bindList(D.app(method("readsPrec", inst.fields[i][j]), {intLit(prec), in}, at),
                          [&, j](CoreVar* v, CoreVar* rest) {
                            xs.push_back(v);
                            CoreExpr* more = fields(j + 1, D.var(rest));
                            xs.pop_back();
                            return more;
                          });
        };
        if (c->record) {
          std::string fn = fieldNames(i)[j];
          auto afterName = [&, j](CoreExpr* in) {
            return expectThen(in, "=", [&, j](CoreExpr* in2) {
              return bindList(D.app(method("readsPrec", inst.fields[i][j]), {intLit(0), in2}, at),
                              [&, j](CoreVar* v, CoreVar* rest) {
                                xs.push_back(v);
                                CoreExpr* tail;
                                if (j + 1 == n) tail = expectThen(D.var(rest), "}", [&](CoreExpr* in3) { return fields(j + 1, in3); });
                                else tail = expectThen(D.var(rest), ",", [&](CoreExpr* in3) { return fields(j + 1, in3); });
                                xs.pop_back();
                                return tail;
                              });
            });
          };
          return expectThen(input, fn, afterName);
        }
        if (c->infix && n == 2) return readField(input, fixityOf(i) + 1);
        return readField(input, 11);
      };
      CoreExpr* body;
      const std::string& name = c->name.name;
      if (c->infix && n == 2) {
        // x `op` y: the left field, the operator, the right field.
        body = bindList(D.app(method("readsPrec", inst.fields[i][0]), {intLit(fixityOf(i) + 1), D.var(r)}, at),
                        [&](CoreVar* v, CoreVar* rest) {
                          xs.push_back(v);
                          CoreExpr* e = expectThen(D.var(rest), name, [&](CoreExpr* in) { return fields(1, in); });
                          xs.pop_back();
                          return e;
                        });
      } else if (c->record) {
        body = expectThen(D.var(r), name, [&](CoreExpr* in) {
          return expectThen(in, "{", [&](CoreExpr* in2) { return n == 0 ? expectThen(in2, "}", [&](CoreExpr* in3) { return fields(0, in3); }) : fields(0, in2); });
        });
      } else {
        body = expectThen(D.var(r), name, [&](CoreExpr* in) { return fields(0, in); });
      }
      long prec = c->infix && n == 2 ? fixityOf(i) : 10;
      CoreExpr* cond = n == 0 ? wiredCon("False") : D.prim("primIntLe", {intLit(prec + 1), D.var(d)});
      CoreExpr* one = D.app(D.wiredVar("readParen", at), {cond, D.lam({r}, body, at), D.var(s0)}, at);
      all = all ? D.app(D.wiredVar("++", at), {one, all}, at) : one;
    }
    if (all == nullptr) all = D.conApp(D.builtinCon("[]"), {}, at);
    return D.lam({d, s0}, all, at);
  }
};

}  // namespace

CoreExpr* Desugarer::Impl::derivedMethod(const Elaboration::Instance& inst, const Entity* method) {
  Decl* data = inst.decl;
  if (data == nullptr || inst.fields.size() != data->cons.size()) return nullptr;
  Builder b{*this, inst, data, data->span};
  const std::string& cls = inst.cls->name;
  const std::string& m = method->name;
  if (cls == "Eq" && m == "==") return b.equal();
  if (cls == "Ord" && m == "compare") return b.compare();
  if (cls == "Show" && m == "showsPrec") return b.showsPrec();
  if (cls == "Read" && m == "readsPrec") return b.readsPrec();
  if (cls == "Enum") {
    if (m == "fromEnum") return b.fromEnumFn();
    if (m == "toEnum") return b.toEnumFn();
    if (m == "succ") return b.step(true);
    if (m == "pred") return b.step(false);
    if (m == "enumFrom") return b.enumFrom(false);
    if (m == "enumFromThen") return b.enumFrom(true);
  }
  if (cls == "Bounded" && (m == "minBound" || m == "maxBound")) return b.bound(m == "minBound");
  return nullptr;
}

}  // namespace core
