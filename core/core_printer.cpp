// Printing Core (the `lazuli dump core` format). See core/core_syntax.h.
#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "core/check.h"
#include "core/core_syntax.h"

namespace core {

std::string CoreVar::display() const {
  if (isGlobal()) return absl::StrCat(module, ".", name);
  return absl::StrCat(name, "_", unique);
}

namespace {

// GHC Core's marks: 5# an Int, 5 an Integer, 1.5## a Double, 1.5#f a Float.
std::string litText(const Literal& l, LitType t) {
  switch (t) {
    case LitType::Int: return l.text + "#";
    case LitType::Integer: return l.text;
    case LitType::Double: return l.text + "##";
    case LitType::Float: return l.text + "#f";
    case LitType::Char: case LitType::String: return l.text;
  }
  return l.text;
}

bool atomic(const CoreExpr& e) {
  switch (e.kind) {
    case CoreExpr::Kind::Var: case CoreExpr::Kind::Lit: return true;
    case CoreExpr::Kind::ConApp: return e.args.empty();
    default: return false;
  }
}

// Locals print as name_N with N counted from 1 in each top-level binding
// (in order of appearance), so dumps do not change when unrelated code
// (the library) gains or loses variables.
class Printer {
 public:
  std::string out;
  absl::flat_hash_map<const CoreVar*, int> numbers;

  std::string display(const CoreVar* v) {
    if (v->isGlobal()) return v->display();
    auto [it, fresh] = numbers.try_emplace(v, static_cast<int>(numbers.size()) + 1);
    return absl::StrCat(v->name, "_", it->second);
  }

  void expr(const CoreExpr& e, int ind) {
    using K = CoreExpr::Kind;
    switch (e.kind) {
      case K::Var: out += display(e.var); return;
      case K::Lit: out += litText(e.lit, e.litType); return;
      case K::App:
        arg(*e.body, ind);
        for (const CoreExpr* a : e.args) { out += ' '; arg(*a, ind); }
        return;
      case K::ConApp: {
        // The last argument in a loop: a list literal nests as deep as it is long.
        const CoreExpr* c = &e;
        size_t closers = 0;
        for (;;) {
          out += c->con->name;
          for (size_t i = 0; i + 1 < c->args.size(); ++i) { out += ' '; arg(*c->args[i], ind); }
          if (c->args.empty()) break;
          const CoreExpr* last = c->args.back();
          out += ' ';
          if (last->kind != K::ConApp || last->args.empty()) {
            arg(*last, ind);
            break;
          }
          out += '(';
          ++closers;
          c = last;
        }
        out.append(closers, ')');
        return;
      }
      case K::PrimOp:
        absl::StrAppend(&out, e.prim, "#");
        for (const CoreExpr* a : e.args) { out += ' '; arg(*a, ind); }
        return;
      case K::Lam: {
        std::vector<std::string> ps;
        for (const CoreVar* v : e.params) ps.push_back(display(v));
        absl::StrAppend(&out, "\\", absl::StrJoin(ps, " "), " ->");
        newline(ind + 2);
        expr(*e.body, ind + 2);
        return;
      }
      case K::Let: case K::LetRec: {
        out += e.kind == K::Let ? "let" : "letrec";
        for (const CoreBind& b : e.binds) {
          newline(ind + 2);
          bind(b, ind + 2);
        }
        newline(ind);
        out += "in ";
        expr(*e.body, ind + 3);
        return;
      }
      case K::Case:
        out += "case ";
        expr(*e.body, ind + 5);
        if (e.var) absl::StrAppend(&out, " as ", display(e.var));
        out += " of {";
        for (size_t i = 0; i < e.alts.size(); ++i) {
          const CoreAlt& a = e.alts[i];
          newline(ind + 2);
          if (a.kind == CoreAlt::Kind::Con) {
            out += a.con->name;
            for (const CoreVar* v : a.binders) absl::StrAppend(&out, " ", display(v));
          } else if (a.kind == CoreAlt::Kind::Lit) {
            out += litText(a.lit, a.litType);
          } else {
            out += "_";
          }
          out += " ->";
          newline(ind + 4);
          expr(*a.rhs, ind + 4);
          if (i + 1 < e.alts.size()) out += ';';
        }
        newline(ind);
        out += '}';
        return;
      case K::Tick: {
        const Tick& t = *e.tick;
        if (t.kind == Tick::Kind::Breakpoint) {
          std::vector<std::string> fvs;
          for (const CoreVar* v : t.freeVars) fvs.push_back(display(v));
          absl::StrAppend(&out, "break<", t.module, ",", t.index, ">[", absl::StrJoin(fvs, ","), "]");
        } else {
          absl::StrAppend(&out, "scc<", t.costCentre, ">");
        }
        out += ' ';
        arg(*e.body, ind);
        return;
      }
    }
    LZ_UNREACHABLE("unknown Core expression kind %d", static_cast<int>(e.kind));
  }

  void bind(const CoreBind& b, int ind) {
    absl::StrAppend(&out, display(b.var), " =");
    newline(ind + 2);
    expr(*b.rhs, ind + 2);
  }

 private:
  void arg(const CoreExpr& e, int ind) {
    bool negative = e.kind == CoreExpr::Kind::Lit && !e.lit.text.empty() && e.lit.text[0] == '-';
    if (atomic(e) && !negative) {
      expr(e, ind);
      return;
    }
    out += '(';
    expr(e, ind + 1);
    out += ')';
  }
  void newline(int ind) {
    out += '\n';
    out.append(static_cast<size_t>(ind), ' ');
  }
};

}  // namespace

std::string printCoreExpr(const CoreExpr& e) {
  Printer p;
  p.expr(e, 0);
  return std::move(p.out);
}

std::string printCoreModule(const CoreModule& m) {
  Printer p;
  absl::StrAppend(&p.out, "module ", m.name, "\n");
  for (const DataCon* c : m.constructors)
    absl::StrAppend(&p.out, "con ", c->name, " tag ", c->tag, " arity ", c->arity, "\n");
  for (const CoreModule::Group& g : m.groups) {
    p.out += g.recursive ? "\nrec {\n" : "\n";
    for (const CoreBind& b : g.binds) {
      p.numbers.clear();
      p.bind(b, 0);
      p.out += '\n';
    }
    if (g.recursive) p.out += "}\n";
  }
  if (!m.breakSites.empty()) {
    p.out += "\nbreak sites\n";
    for (size_t i = 0; i < m.breakSites.size(); ++i)
      absl::StrAppend(&p.out, "  ", i, " ", renderSpanNoFile(m.breakSites[i].span), "\n");
  }
  return std::move(p.out);
}

}  // namespace core
