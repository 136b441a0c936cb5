// The debugger engine (DESIGN.md section 4, "Breakpoints"): evaluations
// that stop at breakpoints, steps and exceptions, show what a stop
// captured, resume, nest, and keep a trace history. It ties the machine's
// suspension (Note [Suspended evaluations] in interp/machine.cpp) to the
// state machine of breakpoints/engine.h; the interactive session drives it
// with commands, the unit tests directly. See papers/breakpoints.md.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <vector>

#include "breakpoints/engine.h"
#include "breakpoints/registry.h"
#include "interp/machine.h"
#include "interp/rooted.h"

namespace interp {

// Where an evaluation stopped, or a site trace mode passed.
struct Stop {
  enum class Kind { Breakpoint, Step, Exception } kind = Kind::Step;
  bp::ModBreaks* module = nullptr;  // Breakpoint, Step: the site's module
  uint32_t site = 0;
  int breakpoint = -1;              // the breakpoint that stopped it, if any
  RootedObjs values;                // the captured variables, in site().vars' order
  Obj* exception() const { return exception_.empty() ? nullptr : exception_[0]; }
  const ccs::Stack* ccs = nullptr;  // the lexical cost-centre stack there
  // Its entry in the module's site table (span, declaration, variable
  // names and types); null for an exception or an unreadable table.
  const core::BreakSite* site_info() const { return module ? module->site(site) : nullptr; }

  RootedObjs exception_;  // Exception: the one being raised
};

class Debugger : public BreakHooks {
 public:
  Debugger(Machine& machine, bp::Registry& registry);
  ~Debugger() override;

  bp::Engine& engine() { return engine_; }
  bp::Registry& registry() { return registry_; }

  // -fbreak-on-exception: stop at every raise; -fbreak-on-error: at those
  // no handler will take (as GHCi's flags).
  void setBreakOnException(bool on) { breakOnException_ = on; }
  void setBreakOnError(bool on) { breakOnError_ = on; }
  void setHistoryLimit(size_t n) { historyLimit_ = n ? n : 1; }  // 50 by default, as GHCi's
  // A breakpoint's condition: `fn` applied to the site's captured values
  // must give True for it to stop (beyond GHCi). Null removes it.
  bool setCondition(int breakpoint, Obj* fn, std::string text);
  // Called for each hit of a tracepoint (the evaluation goes on).
  void onTracepoint(std::function<void(const Stop&)> log) { tracepointLog_ = std::move(log); }

  // Evaluates `f` applied to `args`: Value, Exception (machine().exception()),
  // or Stopped (stop() says where). `mode` and `trace` apply until the next stop.
  Outcome start(Obj* f, const std::vector<Obj*>& args, Obj** result, bp::StepMode mode = bp::StepMode::Off,
                bool trace = false);
  // Continues the innermost stopped evaluation (`:continue`, `:step`,
  // `:steplocal`, `:stepmodule`, `:trace`). Local and Module steps take
  // their scope from the current stop.
  Outcome resume(Obj** result, bp::StepMode mode = bp::StepMode::Off, bool trace = false);
  // Drops the innermost stopped evaluation (`:abandon`).
  void abandon();

  size_t depth() const { return contexts_.size(); }  // stopped evaluations
  const Stop* stop() const { return contexts_.empty() ? nullptr : &contexts_.back().stop; }
  // The innermost stopped evaluation's trace history, newest first (entry 0
  // is the site passed just before the stop: GHCi's -1).
  const std::deque<Stop>& history() const;

  Machine& machine() { return machine_; }

  // BreakHooks
  bool atSite(bp::ModBreaks& m, uint32_t site, const Word* captured, uint32_t n) override;
  bool atRaise(Obj* exc, bool uncaught) override;

 private:
  struct Context {
    Stop stop;
    std::deque<Stop> history;
  };
  Outcome finish(Outcome o);
  void record(bp::ModBreaks& m, uint32_t site, int breakpoint, const Word* captured, uint32_t n);
  bool conditionHolds(const bp::Breakpoint& b, const Word* captured, uint32_t n);

  Machine& machine_;
  bp::Registry& registry_;
  bp::Engine engine_;
  bool breakOnException_ = false;
  bool breakOnError_ = false;
  size_t historyLimit_ = 50;
  std::function<void(const Stop&)> tracepointLog_;
  RootedObjs conditions_;                 // conditionHandle - 1 indexes this
  std::vector<Context> contexts_;          // stopped evaluations, innermost last
  std::deque<Stop> running_;  // the history of the evaluation under way (a stop keeps it in its Context)
  Stop pending_;              // the stop being made
};

}  // namespace interp
