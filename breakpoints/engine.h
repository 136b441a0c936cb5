// The debugger's state machine (DESIGN.md section 4, "Breakpoints"): the
// user's breakpoints, the step modes and trace mode, and the decision taken
// at each break site the machine passes. It knows modules and sites, never
// values: the machine (interp/machine.h) suspends and resumes, and
// interp/debugger.h ties the two together for the session.
//
// Note [Breakpoints and break arrays]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// A breakpoint is a numbered user object (GHCi's `Breakpoint 0 activated
// at ...`) on one site of one module. The site's entry in its module's
// break array is what the code reads: enabled while any enabled
// breakpoint is on the site, with the ignore count of the last `:ignore`.
// So BRK_FUN's fast path is one load and one compare (Note [Break check]
// in interp/machine.cpp), and everything else happens here, off it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "breakpoints/registry.h"

namespace bp {

// What a step stops at (GHCi's :step, :steplocal, :stepmodule). While a
// step is under way only its own test decides: breakpoints elsewhere do
// not stop it, as in GHCi (its steps resume past every site the test
// rejects).
enum class StepMode {
  Off,     // only breakpoints
  Any,     // the next site, enabled or not
  Local,   // the next site inside the current site's enclosing span (enclosingSpan)
  Module,  // the next site of the current module
};

struct Breakpoint {
  int id = 0;
  ModBreaks* module = nullptr;
  uint32_t site = 0;
  bool enabled = true;
  bool tracepoint = false;     // log the hit and continue
  std::string condition;       // the source text of the condition, if any
  uintptr_t conditionHandle = 0;  // the debugger's compiled condition (0: none)
  uint64_t hits = 0;           // stops and logs so far
};

class Engine {
 public:
  // Breakpoints, numbered from 0 in order of creation, as GHCi does. A
  // second breakpoint on the same site is refused: the existing one's id
  // is returned with *existed set.
  int add(ModBreaks& m, uint32_t site, bool* existed = nullptr);
  bool remove(int id);
  void removeAll();
  bool setEnabled(int id, bool enabled);
  bool setIgnoreCount(int id, int32_t n);  // n >= 0
  Breakpoint* find(int id);
  const Breakpoint* at(const ModBreaks& m, uint32_t site) const;
  const std::vector<Breakpoint>& breakpoints() const { return breakpoints_; }

  // Step modes last until the next stop; trace mode until turned off.
  // `module`: Module's module; `span`: Local's span.
  void step(StepMode mode, std::string module = {}, core::SrcSpan span = {});
  StepMode stepMode() const { return step_; }
  void setTracing(bool on);
  bool tracing() const { return tracing_; }
  // True when every site must be looked at (stepping or tracing), and
  // when any site at all may stop (that, or an enabled breakpoint): the
  // machine reads these flags on its fast path (Note [Break check]).
  const bool* everySiteFlag() const { return &everySite_; }
  const bool* anySiteFlag() const { return &anySite_; }

  struct Decision {
    enum class Kind { Continue, Stop, Log } kind = Kind::Continue;
    int breakpoint = -1;    // the breakpoint hit, if any
    bool condition = false; // Stop/Log only if the breakpoint's condition holds
    bool record = false;    // trace mode: add the site to the history
    bool step = false;      // a step stops here, breakpoint or not
  };
  // At site `site` of `m`: uses up one ignored hit when a breakpoint is on it.
  Decision atSite(ModBreaks& m, uint32_t site);

  // What :steplocal keeps to, as GHCi computes it: of the sites of `m`
  // that span the first line of site `site` and end no earlier, the
  // leftmost and largest. Invalid when the site table cannot be read.
  static core::SrcSpan enclosingSpan(ModBreaks& m, uint32_t site);
  // A site's declaration path as GHCi's :hist shows it: "average:count"
  // for "Main.average.count".
  static std::string displayDecl(const std::string& module, const std::string& decl);

 private:
  void sync(ModBreaks& m, uint32_t site);
  void updateEverySite();

  std::vector<Breakpoint> breakpoints_;
  int nextId_ = 0;
  StepMode step_ = StepMode::Off;
  std::string scopeModule_;
  core::SrcSpan scopeSpan_;
  bool tracing_ = false;
  bool everySite_ = false;
  bool anySite_ = false;
};

}  // namespace bp
