#include "ccs/stack.h"

#include "absl/strings/str_cat.h"

namespace ccs {
namespace {

const Stack* newNode(const Stack* prev, const CostCentre* cc) {
  auto* n = new Stack;  // interned for the process (Note [Cost-centre stack rules])
  n->cc = cc;
  n->prev = prev;
  n->root = prev ? prev->root : n;
  n->depth = prev ? prev->depth + 1 : 1;
  return n;
}

// fn and current have equal depth: the prefix they share, then fn's
// centres above it pushed onto `base` (GHC's enterFunEqualStacks).
const Stack* equalStacks(const Stack* base, const Stack* app, const Stack* fn) {
  if (app == fn) return base;
  return push(equalStacks(base, app->prev, fn->prev), fn->cc);
}

// fn is `n` deeper than app (GHC's enterFunCurShorter).
const Stack* currentShorter(const Stack* app, const Stack* fn, uint32_t n) {
  if (n == 0) return equalStacks(app, app, fn);
  return push(currentShorter(app, fn->prev, n - 1), fn->cc);
}

// fn's centres above its root pushed onto s (GHC's appendCCS).
const Stack* append(const Stack* s, const Stack* fn) {
  if (s == fn) return s;
  if (fn == nullptr || fn->prev == nullptr) return s;  // a root: MAIN or a CAF
  return push(append(s, fn->prev), fn->cc);
}

}  // namespace

const Stack* mainStack() {
  static const CostCentre kMain{"", "MAIN", {}, false};
  static const Stack* main = newNode(nullptr, &kMain);
  return main;
}

const Stack* cafStack(const CostCentre* caf) {
  static absl::flat_hash_map<const CostCentre*, const Stack*> roots;
  auto [it, fresh] = roots.try_emplace(caf, nullptr);
  if (fresh) it->second = newNode(nullptr, caf);
  return it->second;
}

const Stack* pushSlow(const Stack* s, const CostCentre* cc) {
  if (s->cc == cc) return s;
  auto [it, fresh] = s->pushes.try_emplace(cc, nullptr);
  if (!fresh) return it->second;
  const Stack* r = nullptr;
  for (const Stack* t = s; t; t = t->prev)
    if (t->cc == cc) {  // recursion: back to the earlier occurrence
      r = t;
      break;
    }
  if (!r) r = newNode(s, cc);
  it->second = r;
  return r;
}

const Stack* enterFunSlow(const Stack* current, const Stack* fn) {
  if (fn == nullptr || fn == current || fn->prev == nullptr) return current;
  if (fn->root != current->root) return append(current, fn);
  if (current->depth > fn->depth) {
    const Stack* t = current;
    for (uint32_t i = current->depth - fn->depth; i > 0; --i) t = t->prev;
    return equalStacks(current, t, fn);
  }
  if (fn->depth > current->depth) return currentShorter(current, fn, fn->depth - current->depth);
  return equalStacks(current, current, fn);
}

std::vector<const CostCentre*> centres(const Stack* s) {
  std::vector<const CostCentre*> out;
  for (; s && s != mainStack(); s = s->prev) out.push_back(s->cc);
  return out;
}

std::string renderBacktrace(const Stack* s) {
  std::vector<const CostCentre*> cs = centres(s);
  if (cs.empty()) return "";
  std::string out = "CallStack (from cost-centre stack):";
  for (const CostCentre* cc : cs) absl::StrAppend(&out, "\n  ", renderBacktraceLine(*cc));
  return out;
}

}  // namespace ccs
