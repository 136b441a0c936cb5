// `lazuli dump stg`: one binding per paragraph, closures with their free
// variables in braces, nested forms indented.
#include <cstdio>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "bytecode/stg.h"

namespace bc {
namespace {

std::string litText(const StgLit& l) {
  switch (l.type) {
    case LitType::Int: return absl::StrCat(l.i, "#");
    case LitType::Integer: return l.text;
    case LitType::Double: return absl::StrFormat("%.17g##", l.d);
    case LitType::Float: return absl::StrFormat("%.9g#f", l.d);
    case LitType::Char: {
      if (l.i >= 32 && l.i < 127 && l.i != '\'' && l.i != '\\') return absl::StrFormat("'%c'", static_cast<char>(l.i));
      return absl::StrFormat("'\\%d'", l.i);
    }
    case LitType::String: return quoteBytes(l.text);
  }
  return "?";
}

std::string atomText(const Atom& a) { return a.var ? a.var->display() : litText(a.lit); }

std::string atoms(const std::vector<Atom>& as) {
  std::string s;
  for (const Atom& a : as) absl::StrAppend(&s, " ", atomText(a));
  return s;
}

std::string vars(const std::vector<const CoreVar*>& vs) {
  std::string s;
  for (size_t i = 0; i < vs.size(); ++i) absl::StrAppend(&s, i ? " " : "", vs[i]->display());
  return s;
}

std::string conName(const DataCon* c) { return c->module.empty() ? c->name : absl::StrCat(c->module, ".", c->name); }

class Printer {
 public:
  std::string out;

  void rhs(const StgRhs& r, int ind) {
    switch (r.kind) {
      case StgRhs::Kind::Con: absl::StrAppend(&out, conName(r.con), atoms(r.args)); return;
      case StgRhs::Kind::Fun:
        absl::StrAppend(&out, "\\{", vars(r.free), "} ", vars(r.params), " ->");
        break;
      case StgRhs::Kind::Thunk: absl::StrAppend(&out, "{", vars(r.free), "} \\u ->"); break;
    }
    line(ind + 2);
    expr(*r.body, ind + 2);
  }

  void line(int ind) { absl::StrAppend(&out, "\n", std::string(static_cast<size_t>(ind), ' ')); }

  void expr(const StgExpr& e, int ind) {
    using K = StgExpr::Kind;
    switch (e.kind) {
      case K::Atom: out += atomText(e.atom); return;
      case K::Return: absl::StrAppend(&out, "ret ", atomText(e.atom)); return;
      case K::App: absl::StrAppend(&out, atomText(e.atom), atoms(e.args)); return;
      case K::ConApp: absl::StrAppend(&out, conName(e.con), atoms(e.args)); return;
      case K::Prim: absl::StrAppend(&out, primInfo(e.prim).name, "#", atoms(e.args)); return;
      case K::Raise: absl::StrAppend(&out, "raise# ", primInfo(e.prim).name, atoms(e.args)); return;
      case K::IOPrim: absl::StrAppend(&out, "io# ", primInfo(e.prim).name, atoms(e.args)); return;
      case K::Catch: absl::StrAppend(&out, "catch#", atoms(e.args)); return;
      case K::Let: case K::LetRec:
        out += e.kind == K::Let ? "let" : "letrec";
        for (const StgBind& b : e.binds) {
          line(ind + 2);
          absl::StrAppend(&out, b.var->display(), " = ");
          rhs(*b.rhs, ind + 4);
        }
        line(ind);
        out += "in ";
        expr(*e.body, ind + 3);
        return;
      case K::Scc:
        absl::StrAppend(&out, "scc<", e.tick->costCentre, "> ");
        expr(*e.body, ind + 4);
        return;
      case K::Break: {
        absl::StrAppend(&out, "break<", e.tick->module, ",", e.tick->index, ">[");
        for (size_t i = 0; i < e.args.size(); ++i) absl::StrAppend(&out, i ? " " : "", atomText(e.args[i]));
        out += "] ";
        expr(*e.body, ind + 4);
        return;
      }
      case K::Case:
        out += "case ";
        expr(*e.body, ind + 5);
        absl::StrAppend(&out, " as ", e.binder->display(), " of");
        for (const StgAlt& a : e.alts) {
          line(ind + 2);
          switch (a.kind) {
            case StgAlt::Kind::Con:
              out += conName(a.con);
              for (const CoreVar* b : a.binders) absl::StrAppend(&out, " ", b->display());
              break;
            case StgAlt::Kind::Lit: out += litText(a.lit); break;
            case StgAlt::Kind::Default: out += "_"; break;
          }
          out += " ->";
          line(ind + 4);
          expr(*a.body, ind + 4);
        }
        return;
    }
  }
};

}  // namespace

std::string quoteBytes(const std::string& bytes) {
  std::string s = "\"";
  for (unsigned char c : bytes) {
    if (c == '"' || c == '\\') absl::StrAppend(&s, "\\", std::string(1, static_cast<char>(c)));
    else if (c == '\n') s += "\\n";
    else if (c < 32) absl::StrAppend(&s, "\\", static_cast<int>(c), "\\&");
    else s += static_cast<char>(c);
  }
  return s + "\"";
}

std::string printStgModule(const StgModule& m) {
  Printer p;
  absl::StrAppend(&p.out, "module ", m.name, "\n");
  for (const StgTop& t : m.bindings) {
    absl::StrAppend(&p.out, "\n", t.var->display(), " = ");
    p.rhs(*t.rhs, 0);
    p.out += "\n";
  }
  return p.out;
}

}  // namespace bc
