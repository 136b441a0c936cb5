#include "interp/debugger.h"

namespace interp {

Debugger::Debugger(Machine& machine, bp::Registry& registry) : machine_(machine), registry_(registry) {
  machine_.setBreakHooks(this, engine_.everySiteFlag(), engine_.anySiteFlag());
}

Debugger::~Debugger() {
  while (!contexts_.empty()) abandon();
  machine_.setBreakHooks(nullptr, nullptr, nullptr);
}

bool Debugger::setCondition(int breakpoint, Obj* fn, std::string text) {
  bp::Breakpoint* b = engine_.find(breakpoint);
  if (!b) return false;
  if (fn == nullptr) {
    b->conditionHandle = 0;
    b->condition.clear();
    return true;
  }
  conditions_.push_back(fn);
  b->conditionHandle = conditions_.size();
  b->condition = std::move(text);
  return true;
}

Outcome Debugger::start(Obj* f, const std::vector<Obj*>& args, Obj** result, bp::StepMode mode, bool trace) {
  engine_.step(mode);
  engine_.setTracing(trace);
  running_.clear();
  return finish(machine_.run(f, args, result));
}

Outcome Debugger::resume(Obj** result, bp::StepMode mode, bool trace) {
  *result = nullptr;
  if (contexts_.empty()) return Outcome::Exception;
  Context& c = contexts_.back();
  // Local and Module steps keep to the current stop's span or module; from
  // an exception, which has neither, they step anywhere.
  std::string module;
  core::SrcSpan span;
  if (mode == bp::StepMode::Module && c.stop.module) module = c.stop.module->module();
  if (mode == bp::StepMode::Local && c.stop.module) span = bp::Engine::enclosingSpan(*c.stop.module, c.stop.site);
  if ((mode == bp::StepMode::Module && module.empty()) || (mode == bp::StepMode::Local && !span.valid()))
    mode = bp::StepMode::Any;
  engine_.step(mode, module, span);
  engine_.setTracing(trace);
  running_ = std::move(c.history);
  contexts_.pop_back();
  return finish(machine_.resume(result));
}

void Debugger::abandon() {
  if (contexts_.empty()) return;
  contexts_.pop_back();
  machine_.abandon();
}

Outcome Debugger::finish(Outcome o) {
  engine_.step(bp::StepMode::Off);
  engine_.setTracing(false);
  if (o == Outcome::Stopped) {
    contexts_.push_back(Context{std::move(pending_), std::move(running_)});
    pending_ = Stop{};
  }
  running_.clear();
  return o;
}

const std::deque<Stop>& Debugger::history() const {
  static const std::deque<Stop> kNone;
  return contexts_.empty() ? kNone : contexts_.back().history;
}

bool Debugger::conditionHolds(const bp::Breakpoint& b, const Word* captured, uint32_t n) {
  if (b.conditionHandle == 0 || b.conditionHandle > conditions_.size()) return true;
  std::vector<Obj*> args;
  for (uint32_t i = 0; i < n; ++i) args.push_back(asObj(captured[i]));
  Obj* r = machine_.call(conditions_[b.conditionHandle - 1], args);
  // A condition that fails stops, so that the user sees why.
  if (r == nullptr) return true;
  r = deref(r);
  return r->info->type == Type::Con && r->info->tag == 1;  // True
}

bool Debugger::atSite(bp::ModBreaks& m, uint32_t site, const Word* captured, uint32_t n) {
  bp::Engine::Decision d = engine_.atSite(m, site);
  bool stop = d.kind != bp::Engine::Decision::Kind::Continue;
  bool log = d.kind == bp::Engine::Decision::Kind::Log;
  if (stop && d.condition) {
    const bp::Breakpoint* b = engine_.find(d.breakpoint);
    if (b && !conditionHolds(*b, captured, n)) {
      stop = d.step;
      log = false;
      d.breakpoint = -1;
    }
  }
  auto make = [&] {
    Stop s;
    s.kind = d.breakpoint >= 0 ? Stop::Kind::Breakpoint : Stop::Kind::Step;
    s.module = &m;
    s.site = site;
    s.breakpoint = d.breakpoint;
    s.values = RootedObjs(captured, n);
    s.ccs = machine_.currentCcs();
    return s;
  };
  if (d.breakpoint >= 0)
    if (bp::Breakpoint* b = engine_.find(d.breakpoint); b && (stop || log)) ++b->hits;
  if (log) {
    if (tracepointLog_) tracepointLog_(make());
    stop = false;
  }
  if (!stop) {
    if (d.record) record(m, site, d.breakpoint, captured, n);
    return false;
  }
  pending_ = make();
  return true;
}

// Trace mode's history: once full, the oldest entry is reused for the
// newest, storage and all, so that tracing allocates nothing in the long run.
void Debugger::record(bp::ModBreaks& m, uint32_t site, int breakpoint, const Word* captured, uint32_t n) {
  Stop s;
  if (running_.size() >= historyLimit_) {
    s = std::move(running_.back());
    running_.pop_back();
  }
  s.kind = breakpoint >= 0 ? Stop::Kind::Breakpoint : Stop::Kind::Step;
  s.module = &m;
  s.site = site;
  s.breakpoint = breakpoint;
  s.values.assign(captured, n);
  s.ccs = machine_.currentCcs();
  s.exception_.clear();
  running_.push_front(std::move(s));
}

bool Debugger::atRaise(Obj* exc, bool uncaught) {
  if (!breakOnException_ && !(breakOnError_ && uncaught)) return false;
  // An exit request is how a program ends, not an error.
  if (exc->info == &machine_.rt().exceptionInfo && static_cast<ExcKind>(exc->payload[0]) == ExcKind::Exit)
    return false;
  Stop s;
  s.kind = Stop::Kind::Exception;
  s.exception_.push_back(exc);
  // Where it was raised: the stack recorded in the exception (Note
  // [Cost-centre stacks in frames] in interp/machine.cpp), else the current.
  s.ccs = machine_.currentCcs();
  if (exc->info == &machine_.rt().exceptionInfo && exc->payload[3])
    s.ccs = reinterpret_cast<const ccs::Stack*>(exc->payload[3]);
  pending_ = std::move(s);
  return true;
}

}  // namespace interp
