#include "core/ast_printer.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "core/check.h"
#include "core/fixity.h"

namespace core {
namespace {

std::string prefixName(const Name& n) {
  return n.isSym ? absl::StrCat("(", n.str(), ")") : n.str();
}
std::string opName(const Name& n) {
  return n.isSym ? n.str() : absl::StrCat("`", n.str(), "`");
}

std::string escapeString(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) absl::StrAppend(&out, "\\", static_cast<int>(c), "\\&");
        else out += c;
    }
  }
  return out;
}

std::string renderLit(const Literal& l) {
  switch (l.kind) {
    case Literal::Kind::String: return absl::StrCat("\"", escapeString(l.str), "\"");
    case Literal::Kind::Char: return absl::StrCat("char ", static_cast<uint32_t>(l.ch), " ", l.text);
    default: return l.text;
  }
}

std::string renderAssertion(const Assertion& a) {
  std::string s = a.cls.str();
  for (const Type* t : a.args) absl::StrAppend(&s, " ", renderType(*t));
  return s;
}

std::string renderContext(const std::vector<Assertion>& ctx) {
  if (ctx.size() == 1) return renderAssertion(ctx[0]);
  std::vector<std::string> parts;
  for (const Assertion& a : ctx) parts.push_back(renderAssertion(a));
  return absl::StrCat("(", absl::StrJoin(parts, ", "), ")");
}

std::string renderQualType(const QualType& q) {
  if (!q.hasContext) return renderType(*q.type);
  return absl::StrCat(renderContext(q.context), " => ", renderType(*q.type));
}

class Dumper {
 public:
  std::string out;

  void module(const Module& m) {
    line(0, absl::StrCat("Module ", m.moduleName()), m.span);
    if (m.hasExports) {
      line(1, "Exports", {});
      for (const IEItem& it : m.exports) ie(2, it);
    }
    for (const ImportDecl* i : m.imports) {
      std::string s = absl::StrCat("Import ", i->qualified ? "qualified " : "", i->module.str());
      if (i->as) absl::StrAppend(&s, " as ", i->as->str());
      if (i->hiding) s += " hiding";
      line(1, s, i->span);
      for (const IEItem& it : i->items) ie(2, it);
    }
    for (const Decl* d : m.decls) decl(1, *d);
  }

  void expr(int ind, const Expr& e) {
    using K = Expr::Kind;
    switch (e.kind) {
      case K::Var: line(ind, "Var " + prefixName(e.name), e.span); return;
      case K::Con: line(ind, "Con " + prefixName(e.name), e.span); return;
      case K::Lit: line(ind, "Lit " + renderLit(e.lit), e.span); return;
      case K::App:
        line(ind, "App", e.span);
        expr(ind + 1, *e.e1);
        for (const Expr* a : e.args) expr(ind + 1, *a);
        return;
      case K::Infix:
        line(ind, "Infix (unresolved)", e.span);
        for (const auto& it : e.items) {
          if (it.kind == InfixItem<Expr>::Kind::Operand) expr(ind + 1, *it.operand);
          else line(ind + 1, (it.kind == InfixItem<Expr>::Kind::Neg ? "Neg " : "Op ") + opName(it.op), it.op.span);
        }
        return;
      case K::OpApp:
        line(ind, "OpApp " + opName(e.name), e.span);
        expr(ind + 1, *e.e1);
        expr(ind + 1, *e.e2);
        return;
      case K::Neg: line(ind, "Neg", e.span); expr(ind + 1, *e.e1); return;
      case K::Lambda:
        line(ind, "Lambda", e.span);
        for (const Pat* p : e.pats) pat(ind + 1, *p);
        expr(ind + 1, *e.e1);
        return;
      case K::Let:
        line(ind, "Let", e.span);
        for (const Decl* d : e.decls) decl(ind + 1, *d);
        expr(ind + 1, *e.e1);
        return;
      case K::If:
        line(ind, "If", e.span);
        expr(ind + 1, *e.e1); expr(ind + 1, *e.e2); expr(ind + 1, *e.e3);
        return;
      case K::Case:
        line(ind, "Case", e.span);
        expr(ind + 1, *e.e1);
        for (const Alt* a : e.alts) {
          line(ind + 1, "Alt", a->span);
          pat(ind + 2, *a->pat);
          rhs(ind + 2, *a->rhs);
        }
        return;
      case K::Do:
        line(ind, "Do", e.span);
        for (const Stmt* s : e.stmts) stmt(ind + 1, *s);
        return;
      case K::Tuple: case K::List:
        line(ind, e.kind == K::Tuple ? "Tuple" : "List", e.span);
        for (const Expr* a : e.args) expr(ind + 1, *a);
        return;
      case K::ArithSeq:
        line(ind, absl::StrCat("ArithSeq from", e.e2 ? " then" : "", e.e3 ? " to" : ""), e.span);
        expr(ind + 1, *e.e1);
        if (e.e2) expr(ind + 1, *e.e2);
        if (e.e3) expr(ind + 1, *e.e3);
        return;
      case K::ListComp:
        line(ind, "ListComp", e.span);
        expr(ind + 1, *e.e1);
        for (const Stmt* s : e.stmts) stmt(ind + 1, *s);
        return;
      case K::LeftSection: line(ind, "LeftSection " + opName(e.name), e.span); expr(ind + 1, *e.e1); return;
      case K::RightSection: line(ind, "RightSection " + opName(e.name), e.span); expr(ind + 1, *e.e1); return;
      case K::Paren: line(ind, "Paren", e.span); expr(ind + 1, *e.e1); return;
      case K::TypeSig:
        line(ind, "TypeSig :: " + renderQualType(*e.type), e.span);
        expr(ind + 1, *e.e1);
        return;
      case K::RecordCon: case K::RecordUpd:
        if (e.kind == K::RecordCon) line(ind, "RecordCon " + prefixName(e.name), e.span);
        else { line(ind, "RecordUpd", e.span); expr(ind + 1, *e.e1); }
        for (const FieldBind& f : e.fields) {
          line(ind + 1, "Field " + prefixName(f.field), f.span);
          expr(ind + 2, *f.value);
        }
        return;
      case K::Scc:
        line(ind, absl::StrCat("Scc \"", escapeString(e.name.name), "\""), e.span);
        expr(ind + 1, *e.e1);
        return;
      case K::AsPat: line(ind, "AsPat " + e.name.str(), e.span); expr(ind + 1, *e.e1); return;
      case K::LazyPat: line(ind, "LazyPat", e.span); expr(ind + 1, *e.e1); return;
      case K::Wildcard: line(ind, "Wildcard", e.span); return;
    }
    LZ_UNREACHABLE("unknown expression kind %d", static_cast<int>(e.kind));
  }

  void pat(int ind, const Pat& p) {
    using K = Pat::Kind;
    switch (p.kind) {
      case K::Var: line(ind, "PVar " + p.name.str(), p.span); return;
      case K::Wild: line(ind, "PWild", p.span); return;
      case K::Lit: line(ind, absl::StrCat("PLit ", p.negative ? "-" : "", renderLit(p.lit)), p.span); return;
      case K::Con:
        line(ind, "PCon " + prefixName(p.name), p.span);
        for (const Pat* a : p.args) pat(ind + 1, *a);
        return;
      case K::Infix:
        line(ind, "PInfix (unresolved)", p.span);
        for (const auto& it : p.items) {
          if (it.kind == InfixItem<Pat>::Kind::Operand) pat(ind + 1, *it.operand);
          else line(ind + 1, "Op " + opName(it.op), it.op.span);
        }
        return;
      case K::ConOp:
        line(ind, "PConOp " + opName(p.name), p.span);
        pat(ind + 1, *p.p1);
        pat(ind + 1, *p.p2);
        return;
      case K::Tuple: case K::List:
        line(ind, p.kind == K::Tuple ? "PTuple" : "PList", p.span);
        for (const Pat* a : p.args) pat(ind + 1, *a);
        return;
      case K::As: line(ind, "PAs " + p.name.str(), p.span); pat(ind + 1, *p.p1); return;
      case K::Lazy: line(ind, "PLazy", p.span); pat(ind + 1, *p.p1); return;
      case K::Paren: line(ind, "PParen", p.span); pat(ind + 1, *p.p1); return;
      case K::Record:
        line(ind, "PRecord " + prefixName(p.name), p.span);
        for (const FieldPat& f : p.fields) {
          line(ind + 1, "Field " + prefixName(f.field), f.span);
          pat(ind + 2, *f.pat);
        }
        return;
    }
    LZ_UNREACHABLE("unknown pattern kind %d", static_cast<int>(p.kind));
  }

  void stmt(int ind, const Stmt& s) {
    switch (s.kind) {
      case Stmt::Kind::Bind:
        line(ind, "Bind", s.span);
        pat(ind + 1, *s.pat);
        expr(ind + 1, *s.expr);
        return;
      case Stmt::Kind::Let:
        line(ind, "LetStmt", s.span);
        for (const Decl* d : s.decls) decl(ind + 1, *d);
        return;
      case Stmt::Kind::Expr:
        line(ind, "ExprStmt", s.span);
        expr(ind + 1, *s.expr);
        return;
    }
  }

  void rhs(int ind, const Rhs& r) {
    line(ind, "Rhs", r.span);
    if (r.body) expr(ind + 1, *r.body);
    for (const GuardedRhs* g : r.guarded) {
      line(ind + 1, "Guarded", g->span);
      for (const Stmt* s : g->guards) stmt(ind + 2, *s);
      expr(ind + 2, *g->body);
    }
    if (r.hasWhere) {
      line(ind + 1, "Where", {});
      for (const Decl* d : r.where) decl(ind + 2, *d);
    }
  }

  void decl(int ind, const Decl& d) {
    using K = Decl::Kind;
    switch (d.kind) {
      case K::TypeSig: {
        std::vector<std::string> names;
        for (const Name& n : d.names) names.push_back(prefixName(n));
        line(ind, absl::StrCat("TypeSig ", absl::StrJoin(names, ", "), " :: ", renderQualType(*d.sig)), d.span);
        return;
      }
      case K::Fixity: {
        std::vector<std::string> names;
        for (const Name& n : d.names) names.push_back(opName(n));
        line(ind, absl::StrCat("Fixity ", renderFixity(Fixity{d.assoc, d.precedence}), " ",
                               absl::StrJoin(names, ", ")), d.span);
        return;
      }
      case K::FunBind:
        line(ind, "FunBind " + prefixName(d.name), d.span);
        for (const Match* m : d.matches) {
          line(ind + 1, m->infix ? "Match (infix)" : "Match", m->span);
          for (const Pat* p : m->pats) pat(ind + 2, *p);
          rhs(ind + 2, *m->rhs);
        }
        return;
      case K::PatBind:
        line(ind, "PatBind", d.span);
        pat(ind + 1, *d.pat);
        rhs(ind + 1, *d.rhs);
        return;
      case K::Data: case K::Newtype: {
        std::string s = absl::StrCat(d.kind == K::Data ? "Data " : "Newtype ");
        if (!d.context.empty()) absl::StrAppend(&s, renderContext(d.context), " => ");
        s += d.name.str();
        for (const Name& v : d.tyvars) absl::StrAppend(&s, " ", v.name);
        line(ind, s, d.span);
        for (const ConDecl* c : d.cons) {
          std::string cs = absl::StrCat(c->infix ? "InfixCon " : c->record ? "RecordCon " : "Con ", prefixName(c->name));
          for (const Type* t : c->args) absl::StrAppend(&cs, " {", renderType(*t), "}");
          line(ind + 1, cs, c->span);
          for (const ConField& f : c->fields) {
            std::vector<std::string> ns;
            for (const Name& n : f.names) ns.push_back(prefixName(n));
            line(ind + 2, absl::StrCat("Field ", absl::StrJoin(ns, ", "), " :: ", renderType(*f.type)), f.span);
          }
        }
        if (d.hasDeriving) {
          std::vector<std::string> ns;
          for (const Name& n : d.deriving) ns.push_back(n.str());
          line(ind + 1, absl::StrCat("Deriving (", absl::StrJoin(ns, ", "), ")"), {});
        }
        return;
      }
      case K::TypeSyn: {
        std::string s = "TypeSyn " + d.name.str();
        for (const Name& v : d.tyvars) absl::StrAppend(&s, " ", v.name);
        line(ind, absl::StrCat(s, " = ", renderType(*d.type)), d.span);
        return;
      }
      case K::Class: case K::Instance: {
        std::string s = d.kind == K::Class ? "Class " : "Instance ";
        if (!d.context.empty()) absl::StrAppend(&s, renderContext(d.context), " => ");
        s += d.name.str();
        if (d.kind == K::Class) for (const Name& v : d.tyvars) absl::StrAppend(&s, " ", v.name);
        else absl::StrAppend(&s, " ", renderType(*d.type));
        line(ind, s, d.span);
        for (const Decl* b : d.body) decl(ind + 1, *b);
        return;
      }
      case K::Default: {
        std::vector<std::string> ts;
        for (const Type* t : d.types) ts.push_back(renderType(*t));
        line(ind, absl::StrCat("Default (", absl::StrJoin(ts, ", "), ")"), d.span);
        return;
      }
      case K::Inline:
        line(ind, absl::StrCat("Pragma ", d.pragma, " ", prefixName(d.names[0])), d.span);
        return;
    }
    LZ_UNREACHABLE("unknown declaration kind %d", static_cast<int>(d.kind));
  }

  void ie(int ind, const IEItem& it) {
    std::string s = it.kind == IEItem::Kind::Module ? "module " + it.name.str() : prefixName(it.name);
    if (it.subs == IEItem::Subs::All) s += "(..)";
    if (it.subs == IEItem::Subs::List) {
      std::vector<std::string> ns;
      for (const Name& n : it.subNames) ns.push_back(prefixName(n));
      absl::StrAppend(&s, "(", absl::StrJoin(ns, ", "), ")");
    }
    line(ind, s, it.span);
  }

 private:
  void line(int ind, std::string_view text, const SrcSpan& span) {
    out.append(static_cast<size_t>(ind) * 2, ' ');
    out += text;
    if (span.valid()) absl::StrAppend(&out, "  ", renderSpanNoFile(span));
    out += '\n';
  }
};

}  // namespace

std::string renderType(const Type& t) {
  switch (t.kind) {
    case Type::Kind::Var: case Type::Kind::Con: return t.name.str();
    case Type::Kind::App: {
      std::string s = renderType(*t.t1);
      for (const Type* a : t.args) {
        std::string r = renderType(*a);
        bool atomic = a->kind != Type::Kind::App && a->kind != Type::Kind::Fun;
        absl::StrAppend(&s, " ", atomic ? r : "(" + r + ")");
      }
      return s;
    }
    case Type::Kind::Fun: {
      std::string l = renderType(*t.t1);
      if (t.t1->kind == Type::Kind::Fun) l = "(" + l + ")";
      return absl::StrCat(l, " -> ", renderType(*t.t2));
    }
    case Type::Kind::List: return absl::StrCat("[", renderType(*t.t1), "]");
    case Type::Kind::Tuple: {
      std::vector<std::string> parts;
      for (const Type* a : t.args) parts.push_back(renderType(*a));
      return absl::StrCat("(", absl::StrJoin(parts, ", "), ")");
    }
    case Type::Kind::Paren: return absl::StrCat("(", renderType(*t.t1), ")");
    case Type::Kind::Bang: return absl::StrCat("!", renderType(*t.t1));
  }
  LZ_UNREACHABLE("unknown type kind %d", static_cast<int>(t.kind));
}

std::string dumpModule(const Module& m) {
  Dumper d;
  d.module(m);
  return std::move(d.out);
}

std::string dumpExpr(const Expr& e) {
  Dumper d;
  d.expr(0, e);
  return std::move(d.out);
}

std::string outlineModule(const Module& m, const std::function<std::string(const Entity*)>& typeOf) {
  std::string out = absl::StrCat("module ", m.moduleName());
  if (m.hasExports) {
    std::vector<std::string> ns;
    for (const IEItem& it : m.exports)
      ns.push_back(it.kind == IEItem::Kind::Module ? "module " + it.name.str() : prefixName(it.name));
    absl::StrAppend(&out, " (", absl::StrJoin(ns, ", "), ")");
  }
  absl::StrAppend(&out, "  ", renderSpan(m.span), "\n");
  for (const ImportDecl* i : m.imports) {
    absl::StrAppend(&out, "  import ", i->qualified ? "qualified " : "", i->module.str());
    if (i->as) absl::StrAppend(&out, " as ", i->as->str());
    absl::StrAppend(&out, "\n");
  }
  for (const Decl* d : m.decls) {
    std::string what;
    switch (d->kind) {
      case Decl::Kind::TypeSig: {
        if (typeOf) continue;  // the binding's own line shows its type
        std::vector<std::string> names;
        for (const Name& n : d->names) names.push_back(prefixName(n));
        what = absl::StrCat(absl::StrJoin(names, ", "), " :: ", renderQualType(*d->sig));
        break;
      }
      case Decl::Kind::Fixity: {
        std::vector<std::string> names;
        for (const Name& n : d->names) names.push_back(opName(n));
        what = absl::StrCat(renderFixity(Fixity{d->assoc, d->precedence}), " ", absl::StrJoin(names, ", "));
        break;
      }
      case Decl::Kind::FunBind: {
        std::string type = typeOf && d->name.ref ? typeOf(d->name.ref) : std::string();
        what = type.empty() ? prefixName(d->name) : absl::StrCat(prefixName(d->name), " :: ", type);
        absl::StrAppend(&what, "  (", d->matches.size(), d->matches.size() == 1 ? " equation)" : " equations)");
        break;
      }
      case Decl::Kind::PatBind: what = "pattern binding"; break;
      case Decl::Kind::Data: case Decl::Kind::Newtype: {
        std::vector<std::string> cs;
        for (const ConDecl* c : d->cons) cs.push_back(prefixName(c->name));
        what = absl::StrCat(d->kind == Decl::Kind::Data ? "data " : "newtype ", d->name.str(),
                            cs.empty() ? "" : " = ", absl::StrJoin(cs, " | "));
        break;
      }
      case Decl::Kind::TypeSyn: what = "type " + d->name.str(); break;
      case Decl::Kind::Class: what = "class " + d->name.str(); break;
      case Decl::Kind::Instance: what = absl::StrCat("instance ", d->name.str(), " ", renderType(*d->type)); break;
      case Decl::Kind::Default: what = "default"; break;
      case Decl::Kind::Inline: what = absl::StrCat("{-# ", d->pragma, " ", prefixName(d->names[0]), " #-}"); break;
    }
    absl::StrAppend(&out, "  ", what, "  ", renderSpan(d->span), "\n");
  }
  return out;
}

}  // namespace core
