// STG to bytecode: one BCO per closure; slots allocated in order along each
// path (so a case frame's saved slots stay valid) and shared between the
// exclusive alternatives of a case; case scrutinees that need no evaluation
// (primitives, literals) compiled inline.
#include <algorithm>
#include <functional>
#include <cstring>
#include <tuple>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "bytecode/bco.h"

namespace bc {
namespace {

class BcoGen {
 public:
  BcoGen(BcoModule& mod, Bco& bco, bool capture) : mod_(mod), bco_(bco), capture_(capture) {}

  void closure(const StgRhs& r) {
    bco_.name = r.name;
    bco_.thunk = r.kind == StgRhs::Kind::Thunk;
    bco_.numFree = static_cast<uint32_t>(r.free.size());
    bco_.debug.span = r.body->span;
    if (bco_.thunk) {
      for (const CoreVar* v : r.free) local(v, next_++);
    } else {
      bco_.arity = static_cast<uint32_t>(r.params.size());
      for (const CoreVar* v : r.params) {
        bco_.debug.params.push_back(v->name);
        local(v, next_++);
      }
      // A function closure's payload starts with its cost-centre stack
      // (Note [Object layout] in interp/object.h).
      for (size_t i = 0; i < r.free.size(); ++i) {
        env_[r.free[i]] = operand(OperandKind::Free, static_cast<uint32_t>(1 + i));
        LocalVar v{r.free[i]->name, r.free[i]->typeText, static_cast<uint32_t>(1 + i), 0, 0};
        v.captured = true;
        open_.push_back(bco_.debug.locals.size());
        bco_.debug.locals.push_back(std::move(v));
      }
    }
    expr(*r.body);
    bco_.frameSize = std::max(high_, next_);
    closeLocals(0);
  }

 private:
  void emit(uint32_t w) { bco_.code.push_back(w); }
  void emit(Op op) { emit(static_cast<uint32_t>(op)); }
  uint32_t here() const { return static_cast<uint32_t>(bco_.code.size()); }
  // Emits a label operand to be patched; returns its position.
  uint32_t hole() {
    emit(0u);
    return here() - 1;
  }
  void patch(uint32_t at) { bco_.code[at] = here(); }
  uint32_t slot() { return next_++; }

  // Binds `v` to local slot `s` and opens its entry in the locals table;
  // closeLocals(mark) ends, at the current pc, those opened since `mark`.
  void local(const CoreVar* v, uint32_t s) {
    env_[v] = operand(OperandKind::Local, s);
    open_.push_back(bco_.debug.locals.size());
    bco_.debug.locals.push_back(LocalVar{v->name, v->typeText, s, here(), here()});
  }
  void closeLocals(size_t mark) {
    while (open_.size() > mark) {
      bco_.debug.locals[open_.back()].to = here();
      open_.pop_back();
    }
  }
  // The line table: a new entry where the source changes.
  void line(const core::SrcSpan& at) {
    std::vector<LineEntry>& lines = bco_.debug.lines;
    if (!at.valid() || (!lines.empty() && lines.back().span == at)) return;
    if (!lines.empty() && lines.back().pc == here()) lines.pop_back();  // nothing emitted under it
    if (lines.empty() || !(lines.back().span == at)) lines.push_back(LineEntry{here(), at});
  }

  // The index of constant `c`, added once per BCO.
  uint32_t constant(Constant c) {
    uint64_t bits;
    std::memcpy(&bits, &c.d, sizeof bits);
    ConstKey key{static_cast<int>(c.kind), c.i, bits, c.con, c.index, c.text};
    auto [it, added] = constIndex_.try_emplace(std::move(key), static_cast<uint32_t>(bco_.consts.size()));
    if (added) bco_.consts.push_back(std::move(c));
    return it->second;
  }

  static Constant litConstant(const StgLit& l) {
    Constant c;
    switch (l.type) {
      case LitType::Int: c.kind = Constant::Kind::Int; c.i = l.i; break;
      case LitType::Char: c.kind = Constant::Kind::Char; c.i = l.i; break;
      case LitType::Integer: c.kind = Constant::Kind::Integer; c.text = l.text; break;
      case LitType::Double: c.kind = Constant::Kind::Double; c.d = l.d; break;
      case LitType::Float: c.kind = Constant::Kind::Float; c.d = l.d; break;
      case LitType::String: c.kind = Constant::Kind::String; c.text = l.text; break;
    }
    return c;
  }

  uint32_t atom(const Atom& a) {
    if (!a.var) return operand(OperandKind::Const, constant(litConstant(a.lit)));
    if (a.var->isGlobal()) {
      Constant c;
      c.kind = Constant::Kind::Global;
      c.text = a.var->display();
      return operand(OperandKind::Const, constant(std::move(c)));
    }
    auto it = env_.find(a.var);
    if (it == env_.end()) {  // STG invariant: every local is bound
      Constant c;
      c.kind = Constant::Kind::Global;
      c.text = "<unbound " + a.var->display() + ">";
      return operand(OperandKind::Const, constant(std::move(c)));
    }
    return it->second;
  }

  void atoms(const std::vector<Atom>& as) {
    emit(static_cast<uint32_t>(as.size()));
    for (const Atom& a : as) emit(atom(a));
  }

  // Note [Captured function references]
  // ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
  // Under cost-centre stacks, GHC treats a top-level function used as a
  // value (stored in a constructor, bound by let, passed or returned) as a
  // closure built where the reference is evaluated: calling it later
  // enters that stack (ccs::enterFun). So `let fs = [check]` and then
  // `head fs x` report `Main.main.fs` between the caller and `check`, as
  // GHC's -prof stacks do. In code compiled with cost centres, such a
  // reference goes through CAPTURE: a function becomes a partial
  // application of no arguments carrying the current stack; anything else
  // (a CAF, a constructor) is left as it is. Calls of a global (the
  // function position of CALL) are not references and stay direct.
  uint32_t valueAtom(const Atom& a) {
    uint32_t w = atom(a);
    if (!capture_ || !a.var || !a.var->isGlobal()) return w;
    uint32_t s = slot();
    emit(Op::CAPTURE), emit(s), emit(w);
    return operand(OperandKind::Local, s);
  }
  // The operands of `as` as values, CAPTUREs emitted first; then use valueList.
  std::vector<uint32_t> valueAtoms(const std::vector<Atom>& as) {
    std::vector<uint32_t> out;
    for (const Atom& a : as) out.push_back(valueAtom(a));
    return out;
  }
  void valueList(const std::vector<uint32_t>& ws) {
    emit(static_cast<uint32_t>(ws.size()));
    for (uint32_t w : ws) emit(w);
  }

  uint32_t nullaryCon(const DataCon* con) {
    Constant c;
    c.kind = Constant::Kind::Con;
    c.con = con;
    return operand(OperandKind::Const, constant(std::move(c)));
  }

  uint32_t conInfo(const DataCon* con) {
    Constant c;
    c.kind = Constant::Kind::ConInfo;
    c.con = con;
    return constant(std::move(c));
  }

  // Generates a closure's BCO; returns its index in the module.
  uint32_t child(const StgRhs& r) {
    uint32_t index = static_cast<uint32_t>(mod_.bcos.size());
    mod_.bcos.emplace_back();
    Bco b;
    BcoGen g(mod_, b, capture_);
    g.closure(r);
    mod_.bcos[index] = std::move(b);
    return index;
  }

  // Binds `b` in slot `s`: allocation and payload.
  void bind(const StgBind& b, uint32_t s, bool recursive) {
    const StgRhs& r = *b.rhs;
    if (r.kind == StgRhs::Kind::Con) {
      if (r.args.empty()) {
        emit(Op::MOVE), emit(s), emit(nullaryCon(r.con));
        return;
      }
      if (recursive) {
        emit(Op::ALLOC), emit(s), emit(conInfo(r.con));
      } else {
        std::vector<uint32_t> ws = valueAtoms(r.args);
        emit(Op::MAKE), emit(s), emit(conInfo(r.con)), valueList(ws);
      }
      return;
    }
    uint32_t index = child(r);
    Constant c;
    c.index = index;
    if (r.kind == StgRhs::Kind::Fun && r.free.empty()) {
      c.kind = Constant::Kind::StaticFun;
      emit(Op::MOVE), emit(s), emit(operand(OperandKind::Const, constant(std::move(c))));
      return;
    }
    c.kind = Constant::Kind::Code;
    uint32_t k = constant(std::move(c));
    if (recursive) {
      emit(Op::ALLOC), emit(s), emit(k);
    } else {
      std::vector<Atom> free;
      for (const CoreVar* v : r.free) {
        Atom a;
        a.var = v;
        free.push_back(a);
      }
      emit(Op::MAKE), emit(s), emit(k), atoms(free);
    }
  }

  void fill(const StgBind& b, uint32_t s) {
    const StgRhs& r = *b.rhs;
    if (r.kind == StgRhs::Kind::Con) {
      if (r.args.empty()) return;
      std::vector<uint32_t> ws = valueAtoms(r.args);
      emit(Op::FILL), emit(s), valueList(ws);
      return;
    }
    if (r.kind == StgRhs::Kind::Fun && r.free.empty()) return;
    std::vector<Atom> free;
    for (const CoreVar* v : r.free) {
      Atom a;
      a.var = v;
      free.push_back(a);
    }
    emit(Op::FILL), emit(s), atoms(free);
  }

  void expr(const StgExpr& e) {
    using K = StgExpr::Kind;
    line(e.span);
    switch (e.kind) {
      case K::Atom:
        // A string literal is a lazy list (Note [String literals] in interp/io_prims.cpp).
        if (e.atom.var || e.atom.lit.type == LitType::String) {
          uint32_t w = valueAtom(e.atom);  // (its CAPTURE first)
          emit(Op::ENTER), emit(w);
          return;
        }
        emit(Op::RET), emit(atom(e.atom));
        return;
      case K::Return: emit(Op::RET), emit(atom(e.atom)); return;
      case K::App: {
        std::vector<uint32_t> ws = valueAtoms(e.args);
        emit(Op::CALL), emit(atom(e.atom)), valueList(ws);
        return;
      }
      case K::ConApp: {
        if (e.args.empty()) {
          emit(Op::RET), emit(nullaryCon(e.con));
          return;
        }
        uint32_t s = slot();
        std::vector<uint32_t> ws = valueAtoms(e.args);
        emit(Op::MAKE), emit(s), emit(conInfo(e.con)), valueList(ws);
        emit(Op::RET), emit(operand(OperandKind::Local, s));
        return;
      }
      case K::Prim: {
        uint32_t s = slot();
        emit(Op::PRIM), emit(static_cast<uint32_t>(e.prim)), emit(s), atoms(e.args);
        emit(primResultMayBeLazy(e.prim) ? Op::ENTER : Op::RET), emit(operand(OperandKind::Local, s));
        return;
      }
      case K::Raise: emit(Op::RAISE), emit(static_cast<uint32_t>(e.prim)), atoms(e.args); return;
      case K::IOPrim: emit(Op::IOPRIM), emit(static_cast<uint32_t>(e.prim)), atoms(e.args); return;
      case K::Catch: {
        emit(Op::CATCH), emit(atom(e.args[1]));
        emit(Op::CASE);
        uint32_t l = hole();
        emit(Op::CALL), emit(atom(e.args[0])), emit(1u), emit(atom(e.args[2]));
        patch(l);
        uint32_t r = slot();
        emit(Op::BIND), emit(r);
        emit(Op::UNCATCH);
        emit(Op::RET), emit(operand(OperandKind::Local, r));
        return;
      }
      case K::Let: {
        uint32_t s = slot();
        bind(e.binds[0], s, false);
        local(e.binds[0].var, s);
        expr(*e.body);
        return;
      }
      case K::LetRec: {
        std::vector<uint32_t> slots;
        for (const StgBind& b : e.binds) {
          slots.push_back(slot());
          local(b.var, slots.back());
        }
        for (size_t i = 0; i < e.binds.size(); ++i) bind(e.binds[i], slots[i], true);
        for (size_t i = 0; i < e.binds.size(); ++i) fill(e.binds[i], slots[i]);
        expr(*e.body);
        return;
      }
      case K::Case: caseOf(e); return;
      case K::Scc:
        emit(Op::PUSH_CENTER), emit(costCentre(*e.tick));
        expr(*e.body);
        return;
      case K::Break:
        emit(Op::BRK_FUN), emit(breakArray(e.tick->module)), emit(e.tick->index), atoms(e.args);
        expr(*e.body);
        return;
    }
  }

  // The constant naming module's break array (an entry of the module table).
  uint32_t breakArray(const std::string& module) {
    auto it = std::find(mod_.breakModules.begin(), mod_.breakModules.end(), module);
    if (it == mod_.breakModules.end()) it = mod_.breakModules.insert(it, module);
    Constant k;
    k.kind = Constant::Kind::BreakArray;
    k.index = static_cast<uint32_t>(it - mod_.breakModules.begin());
    return constant(std::move(k));
  }

  // The constant naming the module's cost centre for `t` (one per name and span).
  uint32_t costCentre(const core::Tick& t) {
    std::string label = t.costCentre;
    if (label.size() > mod_.name.size() && label.compare(0, mod_.name.size(), mod_.name) == 0 &&
        label[mod_.name.size()] == '.')
      label = label.substr(mod_.name.size() + 1);
    if (mod_.costCentres.empty()) mod_.costCentres.push_back(ccs::cafCentre(mod_.name));
    uint32_t index = 1;  // [0] is the CAF centre
    while (index < mod_.costCentres.size() &&
           !(mod_.costCentres[index].label == label && mod_.costCentres[index].span == t.span))
      ++index;
    if (index == mod_.costCentres.size()) mod_.costCentres.push_back(ccs::CostCentre{mod_.name, label, t.span, false});
    Constant k;
    k.kind = Constant::Kind::CostCentre;
    k.index = index;
    k.text = t.costCentre;
    return constant(std::move(k));
  }

  // Note [Dead slots]
  // ~~~~~~~~~~~~~~~~~
  // A case frame keeps its whole activation alive while the scrutinee is
  // evaluated, which may take the rest of the program (`print (go xs)`
  // inside a thunk). So that a dead slot does not keep, say, the head of a
  // long list alive, a case whose scrutinee must be evaluated first clears
  // the slots neither the scrutinee nor the alternatives read (CLEAR), and
  // the scrutinee's final CALL, ENTER or EVAL clears the slots it reads for
  // the last time (the kill bit of Note [Operands]). GHC gets the same from
  // saving only the live variables in a case continuation.
  absl::flat_hash_set<uint32_t> liveSlots(const std::vector<const StgExpr*>& es) {
    std::vector<const CoreVar*> vars;
    for (const StgExpr* x : es) usedVars(*x, vars);
    absl::flat_hash_set<uint32_t> out;
    for (const CoreVar* v : vars) {
      auto it = env_.find(v);
      if (it != env_.end() && operandKind(it->second) == OperandKind::Local) out.insert(operandIndex(it->second));
    }
    // Inside a scrutinee, the enclosing cases' alternatives still have to run.
    for (const absl::flat_hash_set<uint32_t>& outer : outerLive_) out.insert(outer.begin(), outer.end());
    return out;
  }

  static void usedVars(const StgExpr& e, std::vector<const CoreVar*>& out) {
    using K = StgExpr::Kind;
    auto atomVar = [&](const Atom& a) {
      if (a.var && !a.var->isGlobal()) out.push_back(a.var);
    };
    switch (e.kind) {
      case K::Atom: case K::Return: atomVar(e.atom); return;
      case K::App: atomVar(e.atom); [[fallthrough]];
      case K::ConApp: case K::Prim: case K::Raise: case K::IOPrim: case K::Catch:
        for (const Atom& a : e.args) atomVar(a);
        return;
      case K::Let: case K::LetRec:
        for (const StgBind& b : e.binds) {
          for (const Atom& a : b.rhs->args) atomVar(a);
          out.insert(out.end(), b.rhs->free.begin(), b.rhs->free.end());
        }
        usedVars(*e.body, out);
        return;
      case K::Case:
        usedVars(*e.body, out);
        for (const StgAlt& a : e.alts) usedVars(*a.body, out);
        return;
      case K::Scc: usedVars(*e.body, out); return;
      case K::Break:
        for (const Atom& a : e.args) atomVar(a);
        usedVars(*e.body, out);
        return;
    }
  }

  uint32_t killIfDead(uint32_t w, const absl::flat_hash_set<uint32_t>& live) {
    if (operandKind(w) == OperandKind::Local && !live.contains(operandIndex(w))) return w | kKillBit;
    return w;
  }

  void caseOf(const StgExpr& e) {
    uint32_t b = slot();
    const StgExpr& s = *e.body;
    using K = StgExpr::Kind;
    if (s.kind == K::Prim && !primResultMayBeLazy(s.prim)) {
      emit(Op::PRIM), emit(static_cast<uint32_t>(s.prim)), emit(b), atoms(s.args);
    } else if (s.kind == K::Prim) {  // evaluate the result first
      uint32_t r = slot();
      emit(Op::PRIM), emit(static_cast<uint32_t>(s.prim)), emit(r), atoms(s.args);
      emit(Op::EVAL), emit(operand(OperandKind::Local, r));
      uint32_t l = hole();
      patch(l);
      emit(Op::BIND), emit(b);
    } else if (s.kind == K::Atom && !s.atom.var && s.atom.lit.type != LitType::String) {
      emit(Op::MOVE), emit(b), emit(atom(s.atom));
    } else if (s.kind == K::Atom) {
      std::vector<const StgExpr*> after;
      for (const StgAlt& a : e.alts) after.push_back(a.body);
      emit(Op::EVAL), emit(killIfDead(atom(s.atom), liveSlots(after)));
      uint32_t l = hole();
      patch(l);
      emit(Op::BIND), emit(b);
    } else {
      std::vector<const StgExpr*> after;
      for (const StgAlt& a : e.alts) after.push_back(a.body);
      absl::flat_hash_set<uint32_t> live = liveSlots(after);
      absl::flat_hash_set<uint32_t> scrutinee = liveSlots({&s});
      std::vector<uint32_t> dead;
      for (uint32_t k = 0; k < b; ++k)
        if (!live.contains(k) && !scrutinee.contains(k)) dead.push_back(k);
      if (!dead.empty()) {
        emit(Op::CLEAR), emit(static_cast<uint32_t>(dead.size()));
        for (uint32_t k : dead) emit(operand(OperandKind::Local, k));
      }
      emit(Op::CASE);
      uint32_t l = hole();
      outerLive_.push_back(live);
      if (s.kind == K::App) {  // the call reads its arguments, then they may die
        std::vector<uint32_t> ws = valueAtoms(s.args);
        emit(Op::CALL), emit(killIfDead(atom(s.atom), live));
        emit(static_cast<uint32_t>(ws.size()));
        for (uint32_t w : ws) emit(killIfDead(w, live));
      } else if (s.kind == K::Atom && s.atom.var) {
        uint32_t w = valueAtom(s.atom);  // (its CAPTURE first)
        emit(Op::ENTER), emit(killIfDead(w, live));
      } else {
        expr(s);
      }
      outerLive_.pop_back();
      patch(l);
      emit(Op::BIND), emit(b);
    }
    local(e.binder, b);
    alternatives(b, e.alts);
  }

  void alternatives(uint32_t b, const std::vector<StgAlt>& alts) {
    const StgAlt* deflt = nullptr;
    std::vector<const StgAlt*> cons, lits;
    for (const StgAlt& a : alts) {
      if (a.kind == StgAlt::Kind::Default) deflt = &a;
      else if (a.kind == StgAlt::Kind::Con) cons.push_back(&a);
      else lits.push_back(&a);
    }
    if (!cons.empty()) {
      if (cons.size() == 1 && !deflt) {  // the only constructor that can be there
        conAlt(b, *cons[0]);
        return;
      }
      uint32_t n = 0;
      for (const StgAlt* a : cons) n = std::max(n, a->con->tag + 1);
      emit(Op::SWITCH), emit(b), emit(n);
      uint32_t table = here();
      for (uint32_t i = 0; i <= n; ++i) emit(0u);  // n labels and the default
      std::vector<bool> covered(n, false);
      for (const StgAlt* a : cons) {
        if (covered[a->con->tag]) continue;  // a repeated constructor never matches
        covered[a->con->tag] = true;
        bco_.code[table + a->con->tag] = here();
        branch([&] { conAlt(b, *a); });
      }
      uint32_t d = here();
      branch([&] { defaultAlt(deflt); });
      for (uint32_t i = 0; i < n; ++i)
        if (!covered[i]) bco_.code[table + i] = d;
      bco_.code[table + n] = d;
      return;
    }
    for (const StgAlt* a : lits) {
      Op op = Op::IFNE_INT;
      switch (a->lit.type) {
        case LitType::Int: op = Op::IFNE_INT; break;
        case LitType::Char: op = Op::IFNE_CHAR; break;
        case LitType::Double: op = Op::IFNE_DOUBLE; break;
        case LitType::Float: op = Op::IFNE_FLOAT; break;
        case LitType::Integer: op = Op::IFNE_INTEGER; break;
        case LitType::String: op = Op::IFNE_INT; break;  // never: string patterns are lists
      }
      emit(op), emit(b), emit(constant(litConstant(a->lit)));
      uint32_t next = hole();
      branch([&] { expr(*a->body); });
      patch(next);
    }
    branch([&] { defaultAlt(deflt); });
  }

  // Alternatives are exclusive, so each starts from the same free slot and
  // the frame needs only the largest (this keeps deep recursion's frames small).
  void branch(const std::function<void()>& gen) {
    uint32_t start = next_;
    size_t mark = open_.size();
    gen();
    closeLocals(mark);  // what an alternative binds is live in it only
    high_ = std::max(high_, next_);
    next_ = start;
  }

  void conAlt(uint32_t b, const StgAlt& a) {
    if (!a.binders.empty()) {
      uint32_t first = next_;
      for (const CoreVar* v : a.binders) local(v, slot());
      emit(Op::UNPACK), emit(b), emit(first), emit(static_cast<uint32_t>(a.binders.size()));
    }
    expr(*a.body);
  }

  void defaultAlt(const StgAlt* deflt) {
    if (deflt) {
      expr(*deflt->body);
      return;
    }
    // No alternative matched: impossible for Core from the desugarer, which
    // always ends a case tree with a default. Say so rather than run on.
    Atom msg;
    msg.lit.type = LitType::String;
    msg.lit.text = "internal error: no case alternative matched in " + bco_.name;
    emit(Op::RAISE), emit(static_cast<uint32_t>(Prim::primErrorWithoutStackTrace));
    atoms({msg});
  }

  BcoModule& mod_;
  Bco& bco_;
  bool capture_;  // Note [Captured function references]
  absl::flat_hash_map<const CoreVar*, uint32_t> env_;
  std::vector<size_t> open_;  // entries of bco_.debug.locals still open
  using ConstKey = std::tuple<int, int64_t, uint64_t, const DataCon*, uint32_t, std::string>;
  absl::flat_hash_map<ConstKey, uint32_t> constIndex_;
  uint32_t next_ = 0;
  uint32_t high_ = 0;  // the most slots any finished branch used
  // The slots the alternatives of each enclosing case read, while one of
  // their scrutinees is generated (Note [Dead slots]).
  std::vector<absl::flat_hash_set<uint32_t>> outerLive_;
};

}  // namespace

BcoModule generateBytecode(const StgModule& m, bool costCentres, bool captureFunctions) {
  BcoModule out;
  out.name = m.name;
  out.constructors = m.constructors;
  if (costCentres) out.costCentres.push_back(ccs::cafCentre(m.name));
  for (const StgTop& t : m.bindings) {
    uint32_t index = static_cast<uint32_t>(out.bcos.size());
    out.bcos.emplace_back();
    Bco b;
    BcoGen g(out, b, costCentres && captureFunctions);
    g.closure(*t.rhs);
    out.bcos[index] = std::move(b);
    out.tops.push_back(BcoModule::Top{t.var->display(), index});
  }
  return out;
}

}  // namespace bc
