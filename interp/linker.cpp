#include "interp/linker.h"

#include "ccs/stack.h"

#include <gc/gc.h>

#include "absl/strings/str_cat.h"

namespace interp {

const Info* Linker::conInfo(const bc::DataCon* con) {
  auto& slot = conInfos_[con];
  if (!slot) {
    slot = std::make_unique<Info>();
    slot->type = Type::Con;
    slot->size = con->arity;
    slot->tag = con->tag;
    slot->con = con;
    slot->name = con->name.c_str();
  }
  return slot.get();
}

Obj* Linker::nullaryCon(const bc::DataCon* con) {
  Obj*& o = nullary_[con];
  if (!o) o = rt_.allocStatic(conInfo(con), 0);
  return o;
}

Obj* Linker::global(const std::string& name) const {
  auto it = globals_.find(name);
  return it == globals_.end() ? nullptr : it->second;
}

absl::Status Linker::link(const std::vector<const bc::BcoModule*>& modules) {
  // Codes first (infos are needed by the static closures), then closures,
  // then constants (which may name any closure).
  std::vector<std::vector<Code*>> codes;
  for (const bc::BcoModule* m : modules) {
    codes.emplace_back();
    for (const bc::Bco& b : m->bcos) {
      Code& c = codes_.emplace_back();
      c.bco = &b;
      c.code = b.code.data();
      c.arity = b.arity;
      c.frameSize = b.frameSize;
      c.numFree = b.numFree;
      c.funInfo.type = Type::Fun;
      c.funInfo.size = 1 + b.numFree;  // the cost-centre stack word, then the free variables
      c.funInfo.arity = b.arity;
      c.funInfo.code = &c;
      c.funInfo.name = b.name.c_str();
      c.thunkInfo.type = Type::Thunk;
      c.thunkInfo.size = 1 + b.numFree;
      c.thunkInfo.code = &c;
      c.thunkInfo.name = b.name.c_str();
      codes.back().push_back(&c);
    }
  }
  for (size_t mi = 0; mi < modules.size(); ++mi)
    for (const bc::BcoModule::Top& t : modules[mi]->tops) {
      Code* c = codes[mi][t.bco];
      Obj* o;
      if (c->bco->thunk) {
        // A CAF evaluates under its module's CAF stack ("Main.CAF").
        o = rt_.allocStatic(&c->thunkInfo, 1);
        o->payload[0] = modules[mi]->costCentres.empty()
                            ? 0 : reinterpret_cast<Word>(ccs::cafStack(&modules[mi]->costCentres[0]));
        cafs_.push_back(Caf{o, o->info, o->payload[0]});
      } else {
        o = rt_.allocStatic(&c->funInfo, 1);
        o->payload[0] = 0;  // no stack of its own: a call keeps the caller's
      }
      globals_[t.name] = o;
    }
  for (size_t mi = 0; mi < modules.size(); ++mi)
    for (Code* c : codes[mi]) {
      const std::vector<bc::Constant>& ks = c->bco->consts;
      Word* consts = static_cast<Word*>(GC_MALLOC_UNCOLLECTABLE((ks.size() + 1) * sizeof(Word)));
      if (!consts) throw HeapExhausted{};
      for (size_t i = 0; i < ks.size(); ++i) {
        const bc::Constant& k = ks[i];
        using K = bc::Constant::Kind;
        Obj* o = nullptr;
        switch (k.kind) {
          case K::Global:
            o = global(k.text);
            if (!o) return absl::InternalError(absl::StrCat("link: no definition of ", k.text, " (used by ", c->bco->name, ")"));
            break;
          case K::Con: o = nullaryCon(k.con); break;
          case K::ConInfo: consts[i] = reinterpret_cast<Word>(conInfo(k.con)); continue;
          case K::Code: {
            const Code* target = codes[mi][k.index];
            consts[i] = reinterpret_cast<Word>(target->bco->thunk ? &target->thunkInfo : &target->funInfo);
            continue;
          }
          case K::StaticFun:
            o = rt_.allocStatic(&codes[mi][k.index]->funInfo, 1);
            o->payload[0] = 0;
            break;
          case K::CostCentre:
            consts[i] = reinterpret_cast<Word>(&modules[mi]->costCentres[k.index]);
            continue;
          case K::BreakArray:  // bound by name (Note [Break check] in interp/machine.cpp)
            consts[i] = breaks_ ? reinterpret_cast<Word>(breaks_->find(modules[mi]->breakModules[k.index])) : 0;
            continue;
          case K::Int: {
            o = rt_.allocStatic(&rt_.intInfo, 1);
            o->payload[0] = static_cast<Word>(k.i);
            break;
          }
          case K::Char: {
            o = rt_.allocStatic(&rt_.charInfo, 1);
            o->payload[0] = static_cast<Word>(k.i);
            break;
          }
          case K::Double: {
            Obj* d = rt_.mkDouble(k.d);
            o = rt_.allocStatic(&rt_.doubleInfo, 1);
            o->payload[0] = d->payload[0];
            break;
          }
          case K::Float: {
            Obj* f = rt_.mkFloat(static_cast<float>(k.d));
            o = rt_.allocStatic(&rt_.floatInfo, 1);
            o->payload[0] = f->payload[0];
            break;
          }
          case K::Integer: {
            o = rt_.allocStatic(&rt_.integerInfo, 2);
            mpz_init_set_str(integerValue(o), k.text.c_str(), 10);
            break;
          }
          case K::String: o = rt_.mkStrLit(k.text.data(), k.text.size(), true); break;
        }
        consts[i] = asWord(o);
      }
      c->consts = consts;
    }
  return absl::OkStatus();
}

void Linker::revertCafs() {
  for (const Caf& c : cafs_) {
    c.closure->info = c.info;
    c.closure->payload[0] = c.stack;
  }
}

}  // namespace interp
