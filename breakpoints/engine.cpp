#include "breakpoints/engine.h"

#include <algorithm>
#include <cstring>

namespace bp {

int Engine::add(ModBreaks& m, uint32_t site, bool* existed) {
  if (existed) *existed = false;
  if (site >= m.size()) return -1;
  if (const Breakpoint* b = at(m, site)) {
    if (existed) *existed = true;
    return b->id;
  }
  Breakpoint b;
  b.id = nextId_++;
  b.module = &m;
  b.site = site;
  breakpoints_.push_back(b);
  sync(m, site);
  return b.id;
}

bool Engine::remove(int id) {
  auto it = std::find_if(breakpoints_.begin(), breakpoints_.end(), [id](const Breakpoint& b) { return b.id == id; });
  if (it == breakpoints_.end()) return false;
  ModBreaks* m = it->module;
  uint32_t site = it->site;
  breakpoints_.erase(it);
  sync(*m, site);
  return true;
}

void Engine::removeAll() {
  std::vector<Breakpoint> old = std::move(breakpoints_);
  breakpoints_.clear();
  for (const Breakpoint& b : old) sync(*b.module, b.site);
}

bool Engine::setEnabled(int id, bool enabled) {
  Breakpoint* b = find(id);
  if (!b) return false;
  b->enabled = enabled;
  sync(*b->module, b->site);
  return true;
}

bool Engine::setIgnoreCount(int id, int32_t n) {
  Breakpoint* b = find(id);
  if (!b || n < 0) return false;
  b->enabled = true;
  updateEverySite();
  return b->module->array().setIgnoreCount(b->site, n);
}

Breakpoint* Engine::find(int id) {
  for (Breakpoint& b : breakpoints_)
    if (b.id == id) return &b;
  return nullptr;
}

const Breakpoint* Engine::at(const ModBreaks& m, uint32_t site) const {
  for (const Breakpoint& b : breakpoints_)
    if (b.module == &m && b.site == site) return &b;
  return nullptr;
}

void Engine::updateEverySite() {
  everySite_ = step_ != StepMode::Off || tracing_;
  anySite_ = everySite_ || std::any_of(breakpoints_.begin(), breakpoints_.end(),
                                       [](const Breakpoint& b) { return b.enabled; });
}

void Engine::sync(ModBreaks& m, uint32_t site) {
  updateEverySite();
  const Breakpoint* b = at(m, site);
  if (b && b->enabled) {
    if (!m.array().isEnabled(site)) m.array().enable(site);
  } else {
    m.array().disable(site);
  }
}

void Engine::step(StepMode mode, std::string module, core::SrcSpan span) {
  step_ = mode;
  scopeModule_ = std::move(module);
  scopeSpan_ = span;
  updateEverySite();
}

void Engine::setTracing(bool on) {
  tracing_ = on;
  updateEverySite();
}

core::SrcSpan Engine::enclosingSpan(ModBreaks& m, uint32_t site) {
  const std::vector<core::BreakSite>* sites = m.sites();
  if (sites == nullptr || site >= sites->size()) return {};
  const core::SrcSpan& here = (*sites)[site].span;
  core::SrcSpan best = here;
  for (const core::BreakSite& s : *sites) {
    const core::SrcSpan& x = s.span;
    if (x.file != here.file || x.start.line > here.start.line || x.end.line < here.start.line || x.end < here.end)
      continue;
    // Leftmost first, then largest (GHC's leftmost_largest).
    if (x.start < best.start || (x.start == best.start && best.end < x.end)) best = x;
  }
  return best;
}

Engine::Decision Engine::atSite(ModBreaks& m, uint32_t site) {
  Decision d;
  Breakpoint* b = nullptr;
  for (Breakpoint& x : breakpoints_)
    if (x.module == &m && x.site == site && x.enabled) b = &x;
  if (step_ != StepMode::Off) {
    bool stop = step_ == StepMode::Any;
    if (step_ == StepMode::Module) stop = m.module() == scopeModule_;
    if (step_ == StepMode::Local) {
      const core::BreakSite* s = m.site(site);
      stop = s && s->span.file == scopeSpan_.file && scopeSpan_.start <= s->span.start && s->span.end <= scopeSpan_.end;
    }
    d.step = stop;
    d.kind = stop ? Decision::Kind::Stop : Decision::Kind::Continue;
    d.record = tracing_ && !stop;
    if (b) d.breakpoint = b->id;  // for the report only: a step does not use up ignored hits
    return d;
  }
  if (b && m.array().hit(site)) {
    d.breakpoint = b->id;
    d.condition = b->conditionHandle != 0;
    d.kind = b->tracepoint ? Decision::Kind::Log : Decision::Kind::Stop;
    return d;
  }
  d.record = tracing_;
  return d;
}

std::string Engine::displayDecl(const std::string& module, const std::string& decl) {
  std::string path = decl.size() > module.size() + 1 && decl.compare(0, module.size(), module) == 0 &&
                             decl[module.size()] == '.'
                         ? decl.substr(module.size() + 1)
                         : decl;
  // Components are separated by dots; a dot next to an operator's
  // symbols is part of the operator's name.
  auto symbol = [](char c) { return std::strchr("!#$%&*+./<=>?@\\^|-~:", c) != nullptr; };
  std::string out;
  for (size_t i = 0; i < path.size(); ++i) {
    bool sep = path[i] == '.' && i > 0 && i + 1 < path.size() && !symbol(path[i - 1]) && !symbol(path[i + 1]);
    out += sep ? ':' : path[i];
  }
  return out;
}

}  // namespace bp
