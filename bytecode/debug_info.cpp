#include "bytecode/debug_info.h"

#include "bytecode/bco.h"

#include <algorithm>

namespace bc {

core::SrcSpan BcoDebug::spanAt(uint32_t pc) const {
  auto it = std::upper_bound(lines.begin(), lines.end(), pc,
                             [](uint32_t p, const LineEntry& e) { return p < e.pc; });
  if (it == lines.begin()) return span;
  return std::prev(it)->span;
}

std::vector<const LocalVar*> BcoDebug::liveAt(uint32_t pc) const {
  std::vector<const LocalVar*> out;
  for (const LocalVar& v : locals)
    if (v.from <= pc && pc < v.to) out.push_back(&v);
  return out;
}

std::vector<BreakSite> breakSitesOf(const core::CoreModule& m) {
  std::vector<BreakSite> out(m.breakSites.size());
  std::vector<bool> seen(out.size(), false);
  for (size_t i = 0; i < out.size(); ++i) {
    out[i].span = m.breakSites[i];
    if (i < m.breakDecls.size()) out[i].decl = m.breakDecls[i];
  }
  // The captured variables, from each site's tick (the first copy found:
  // inlining may have copied it, or removed it with dead code).
  std::vector<const core::CoreExpr*> todo;
  for (const core::CoreModule::Group& g : m.groups)
    for (const core::CoreBind& b : g.binds) todo.push_back(b.rhs);
  while (!todo.empty()) {
    const core::CoreExpr* e = todo.back();
    todo.pop_back();
    if (e->kind == core::CoreExpr::Kind::Tick && e->tick->kind == core::Tick::Kind::Breakpoint &&
        e->tick->module == m.name && e->tick->index < out.size() && !seen[e->tick->index]) {
      seen[e->tick->index] = true;
      for (const core::CoreVar* v : e->tick->freeVars) out[e->tick->index].vars.emplace_back(v->name, v->typeText);
    }
    if (e->body) todo.push_back(e->body);
    for (const core::CoreExpr* a : e->args) todo.push_back(a);
    for (const core::CoreBind& b : e->binds) todo.push_back(b.rhs);
    for (const core::CoreAlt& a : e->alts) todo.push_back(a.rhs);
  }
  return out;
}

}  // namespace bc
