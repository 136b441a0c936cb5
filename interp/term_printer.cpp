#include "interp/term_printer.h"

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "interp/show_float.h"

namespace interp {

namespace {

constexpr int kMaxDepth = 1000;

bool isValueObj(const Obj* o) { return o->info->type < kFirstUnevaluated; }

const bc::DataCon* conOf(const Obj* o) { return o->info->type == Type::Con ? o->info->con : nullptr; }

// A constructor's name: from its DataCon, or for those the runtime builds
// itself (lists from string literals, unit, tuples, booleans), its info's.
std::string_view conName(const Obj* o) {
  if (o->info->type != Type::Con) return {};
  return o->info->con ? std::string_view(o->info->con->name) : std::string_view(o->info->name);
}

bool isCons(const Obj* o) { return conName(o) == ":" && o->info->size == 2; }
bool isNil(const Obj* o) { return conName(o) == "[]"; }

bool isOperatorName(const std::string& n) { return !n.empty() && n[0] == ':'; }

}  // namespace

std::string showCharLiteral(uint32_t c, char quote) {
  static const char* const kAscii[] = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "a",  "b",  "t",  "n",
                                       "v",   "f",   "r",   "SO",  "SI",  "DLE", "DC1", "DC2", "DC3", "DC4", "NAK",
                                       "SYN", "ETB", "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};
  std::string out;
  if (c == static_cast<uint32_t>(quote) || c == '\\') {
    out = {'\\', static_cast<char>(c)};
  } else if (c < 0x20) {
    absl::StrAppend(&out, "\\", kAscii[c]);
  } else if (c == 0x7F) {
    out = "\\DEL";
  } else if (c < 0x7F) {
    out = std::string(1, static_cast<char>(c));
  } else {
    absl::StrAppend(&out, "\\", c);
  }
  return out;
}

std::string TermPrinter::show(Obj* v) { return render(v, 0, 0); }

std::string TermPrinter::hole(Obj* v) {
  if (!name_) return "_";
  holes_.push_back(v);
  return absl::StrCat("_t", next_++);
}

std::string TermPrinter::render(Obj* v, int prec, int depth) {
  v = deref(v);
  if (depth > kMaxDepth) return "...";
  if (!isValueObj(v) || v->info->type == Type::Fun || v->info->type == Type::Pap) return hole(v);
  auto paren = [prec](int need, std::string s) { return prec > need ? absl::StrCat("(", s, ")") : s; };
  switch (v->info->type) {
    case Type::Int: {
      int64_t n = intValue(v);
      return n < 0 ? paren(6, absl::StrCat(n)) : absl::StrCat(n);
    }
    case Type::Integer: {
      mpz_ptr z = integerValue(v);
      std::string s(mpz_sizeinbase(z, 10) + 2, '\0');
      mpz_get_str(s.data(), 10, z);
      s.resize(std::char_traits<char>::length(s.c_str()));
      return mpz_sgn(z) < 0 ? paren(6, s) : s;
    }
    case Type::Double: {
      double d = doubleValue(v);
      std::string s = showDouble(d);
      return d < 0 || (d == 0 && std::signbit(d)) ? paren(6, s) : s;
    }
    case Type::Float: {
      float f = floatValue(v);
      std::string s = showFloat(f);
      return f < 0 ? paren(6, s) : s;
    }
    case Type::Char: return absl::StrCat("'", showCharLiteral(static_cast<uint32_t>(charValue(v))), "'");
    case Type::Con: break;
    default: return hole(v);
  }
  // A list: brackets when its spine is evaluated to the end.
  if (isCons(v) || isNil(v)) {
    std::vector<Obj*> elems;
    Obj* p = v;
    while (isCons(p) && elems.size() < 100000) {
      elems.push_back(asObj(p->payload[0]));
      p = deref(asObj(p->payload[1]));
    }
    if (isNil(p)) {
      bool chars = !elems.empty();
      for (Obj* e : elems) chars = chars && deref(e)->info->type == Type::Char;
      if (chars) {
        // As showLitString: "\&" keeps an escape from running into what follows.
        std::string s = "\"";
        std::string prev;
        for (Obj* e : elems) {
          uint32_t c = static_cast<uint32_t>(charValue(deref(e)));
          std::string lit = showCharLiteral(c, '"');
          bool numeric = prev.size() > 1 && prev[0] == '\\' && prev[1] >= '0' && prev[1] <= '9';
          if ((numeric && c >= '0' && c <= '9') || (prev == "\\SO" && c == 'H')) s += "\\&";
          s += lit;
          prev = std::move(lit);
        }
        return s + "\"";
      }
      std::string s = "[";
      for (size_t i = 0; i < elems.size(); ++i) absl::StrAppend(&s, i ? "," : "", render(elems[i], 0, depth + 1));
      return s + "]";
    }
    std::string s;
    for (Obj* e : elems) absl::StrAppend(&s, render(e, 6, depth + 1), " : ");
    absl::StrAppend(&s, render(p, 5, depth + 1));
    return paren(5, s);
  }
  const bc::DataCon* c = conOf(v);
  uint32_t n = c ? c->arity : v->info->size;
  std::string name(conName(v));
  if (name.size() >= 2 && name[0] == '(' && name[1] == ',') {  // a tuple
    std::string s = "(";
    for (uint32_t i = 0; i < n; ++i) absl::StrAppend(&s, i ? "," : "", render(asObj(v->payload[i]), 0, depth + 1));
    return s + ")";
  }
  if (n == 0) return name;
  if (isOperatorName(name) && n == 2)
    return paren(9, absl::StrCat(render(asObj(v->payload[0]), 10, depth + 1), " ", name, " ",
                                 render(asObj(v->payload[1]), 10, depth + 1)));
  std::string s = isOperatorName(name) ? absl::StrCat("(", name, ")") : name;
  for (uint32_t i = 0; i < n; ++i) absl::StrAppend(&s, " ", render(asObj(v->payload[i]), 11, depth + 1));
  return paren(10, s);
}

bool forceDeep(Machine& machine, Obj* v) {
  // Work items: a constructor and the index of the field to force (the
  // root: no constructor). A field whose value is a new object (a string
  // literal unpacks to fresh cells; it is not updated in place) gets the
  // value written back, as an update would, so that the value shows forced.
  RootedObjs parents;
  std::vector<uint32_t> fields;
  absl::flat_hash_set<const Obj*> done;  // a cyclic value is forced once round
  auto force = [&](Obj* x) -> Obj* {
    x = deref(x);
    if (isValueObj(x)) return x;
    Obj* r = machine.call(x, {});
    return r ? deref(r) : nullptr;
  };
  auto visit = [&](Obj* x) {
    if (!done.insert(x).second || x->info->type != Type::Con) return;
    for (uint32_t i = x->info->size; i-- > 0;) {
      parents.push_back(x);
      fields.push_back(i);
    }
  };
  Obj* root = force(v);
  if (root == nullptr) return false;
  visit(root);
  while (!fields.empty()) {
    Obj* parent = parents.pop_back();
    uint32_t i = fields.back();
    fields.pop_back();
    Obj* x = force(asObj(parent->payload[i]));
    if (x == nullptr) return false;
    parent->payload[i] = asWord(x);
    visit(x);
  }
  return true;
}

}  // namespace interp
