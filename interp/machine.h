// The eval/apply machine: runs bytecode on the explicit stack of
// interp/stack.h, with no C++ recursion per Haskell call or thunk.
#pragma once

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "breakpoints/registry.h"
#include "ccs/stack.h"
#include "interp/io.h"
#include "interp/runtime.h"
#include "interp/stack.h"

namespace interp {

struct MachineOptions {
  size_t maxStackBytes = 0;            // 0: defaultMaxStackBytes()
  size_t maxHeapBytes = 0;             // the collector's limit (for the message); 0: none
  std::vector<std::string> args;       // getArgs
  std::string progName;                // getProgName and the prefix of error messages
};

// Raised by primitives (through Machine::raise) to unwind to the machine loop.
struct RaiseSignal {};

// What the debugger (interp/debugger.h) is asked while an evaluation it
// started with Machine::run is under way. Its answers may evaluate other
// things with Machine::call (a breakpoint's condition); those never stop.
class BreakHooks {
 public:
  virtual ~BreakHooks() = default;
  // At site `site` of `m` (an armed site, or any while *everySite): true
  // stops here. `captured` are the tick's values, in the site table's order.
  virtual bool atSite(bp::ModBreaks& m, uint32_t site, const Word* captured, uint32_t n) = 0;
  // `exc` is being raised; `uncaught` when no handler of the evaluation
  // will take it. True stops at the raise.
  virtual bool atRaise(Obj* exc, bool uncaught) = 0;
};

// How an evaluation started by Machine::run (or resumed) came back.
enum class Outcome {
  Value,      // evaluated; the result is set
  Exception,  // an exception escaped; exception() is it
  Stopped,    // suspended at a break site or a raise (Note [Suspended evaluations])
};

class Machine {
 public:
  Machine(Runtime& rt, MachineOptions options);
  ~Machine();
  Machine(const Machine&) = delete;
  Machine& operator=(const Machine&) = delete;

  // Evaluates `f` applied to `args` (or `f` itself when there are none) to
  // weak head normal form. Null when an exception escapes; then
  // exception() is it. May be called again after either outcome, and from
  // a primitive (a nested evaluation above the current frames).
  Obj* call(Obj* f, const std::vector<Obj*>& args);
  Obj* evaluate(Obj* x) { return call(x, {}); }
  Obj* exception() const { return exception_; }

  // Forces a String completely into UTF-8. False when forcing raised.
  bool forceString(Obj* s, std::string* out);

  // Runs `main` (an IO action) as a program: the exit code, after printing
  // an uncaught exception as GHC does and flushing the handles.
  int runMain(Obj* mainAction);
  // The same for main's result `r` (null: exception() escaped), however it ran.
  int mainExitCode(Obj* r);

  // ---- the debugger's view (Note [Suspended evaluations]) ----
  // Evaluations started with run() consult `hooks` at break sites and
  // raises, and may stop.
  // `anySite`: false while no site can stop (the fast path's only test).
  void setBreakHooks(BreakHooks* hooks, const bool* everySite, const bool* anySite);
  // Like call(), but may stop (Outcome::Stopped): the evaluation stays
  // suspended on the stack until resumed or abandoned. May be called while
  // others are stopped: it runs above them, and nests.
  Outcome run(Obj* f, const std::vector<Obj*>& args, Obj** result);
  // Continues the innermost stopped evaluation exactly where it stopped.
  Outcome resume(Obj** result);
  // Drops the innermost stopped evaluation: the thunks it was evaluating
  // keep their suspended computations, resumed if they are forced again
  // (Note [Freezing abandoned evaluations]).
  void abandon();
  // At a stop: the cost-centre stack current there.
  const ccs::Stack* currentCcs() const { return cccs_; }

  // Raises a Haskell exception from a primitive: never returns.
  [[noreturn]] void raise(Obj* exc);

  Runtime& rt() { return rt_; }
  Io& io() { return io_; }
  const MachineOptions& options() const { return opts_; }

  // The text GHC prints for an uncaught exception (without "PROG: "), or
  // nullopt-like empty with *exitCode set for an exit request.
  std::string describe(Obj* exc, int* exitCode);

  // For the GC root callback (Note [Stack roots]).
  Word* stackLo() const { return stack_.lo(); }
  Word* stackSp() const { return sp_; }
  Machine* previous() const { return previous_; }

 private:
  enum class Resume { Dispatch, Enter, Apply, Return };
  // Runs until the STOP frame pushed by begin() receives a value (true),
  // or a break site stops (false; pc_ is where to resume). Exceptions
  // leave it as RaiseSignal.
  bool interpret();

  // Note [Suspended evaluations]: one record per evaluation under way.
  struct Evaluation {
    // The registers of whoever started it, restored when it ends.
    Word* sp;
    Word* fp;
    Obj* node;
    const Code* code;
    const uint32_t* pc;
    const ccs::Stack* cccs;
    Obj* r1;
    Word* stopFrame;     // its STOP frame
    bool stoppable;      // started by run()
    bool stopped;
    Obj* raising;        // stopped at a raise: the exception to go on raising
  };
  static constexpr size_t kMaxEvaluations = 64;
  Evaluation evals_[kMaxEvaluations] = {};  // in the Machine object: scanned as roots
  size_t evalCount_ = 0;
  bool begin(Obj* f, const std::vector<Obj*>& args, bool stoppable);
  Outcome loop(Obj** result);
  void finish();
  bool stopAtRaise(Obj* exc);
  bool breakAt(const bp::ModBreaks* m, uint32_t site, const uint32_t* atoms, uint32_t n, const Word* fp,
               const Obj* node, const Word* consts);
  BreakHooks* hooks_ = nullptr;
  static const bool kNever;
  const bool* everySite_ = &kNever;
  const bool* anySite_ = &kNever;
  void freeze(Word* stopFrame);
  bool thaw(Obj* frozen);
  // Unwinds to the nearest frame that handles `exc`: true if a catch frame
  // took it (the machine is set up to run the handler), false if it reached
  // the STOP frame (popped; exception_ set).
  bool unwind(Obj* exc);

  void pushFrame(const Word* payload, size_t n, Word tag);
  void pushCaseFrame(uint32_t resume);
  [[noreturn]] void stackOverflow();

  // Primitive and IO helpers (interp/prims.cpp, interp/io_prims.cpp).
  Obj* strictPrim(bc::Prim p, const Word* args);
  Obj* raisePrim(bc::Prim p, const Word* args);
  // Performs an IO primitive; returns its result, or null when it pushed a
  // FORCE frame and set up evaluation (Resume in resume_).
  Obj* ioPrim(bc::Prim p, const Word* args);
  Obj* startForce(Word action, Word arg, Obj* list);  // Note [Forcing strings]
  Obj* forceStep(Obj* value);   // a value returned to a FORCE frame
  Obj* finishForce(Word action, Obj* arg, std::string text);
  Obj* unpackStrLit(Obj* s);
  Obj* readInput(Obj* input);
  [[noreturn]] void ioError(int kind, const std::string& text);

  // LAZULI_PROFILE=1: instructions executed per BCO, printed at exit (the
  // hottest first), for finding where the interpreter spends its time.
  bool profile_ = false;
  absl::flat_hash_map<const Code*, uint64_t> profileCounts_;
  void printProfile() const;

  Runtime& rt_;
  MachineOptions opts_;
  Stack stack_;
  Io io_;
  Machine* previous_ = nullptr;

  // Registers. All are members so that the collector sees them (Note [Stack roots]).
  Word* sp_ = nullptr;
  Word* fp_ = nullptr;
  Word* frameTop_ = nullptr;
  Obj* node_ = nullptr;
  const Code* code_ = nullptr;
  const uint32_t* pc_ = nullptr;
  Obj* r1_ = nullptr;
  Obj* x_ = nullptr;            // Resume::Enter: what to evaluate; Resume::Apply: the function
  uint32_t nargs_ = 0;          // Resume::Apply: arguments at frameTop + 1
  Resume resume_ = Resume::Dispatch;
  Obj* exception_ = nullptr;
  Obj* pending_ = nullptr;      // the exception being raised
  const ccs::Stack* cccs_ = ccs::mainStack();  // Note [Cost-centre stacks in frames]
  Obj* loopExc_ = nullptr;
  Obj* stackOverflowExc_ = nullptr;
  Obj* heapOverflowExc_ = nullptr;
};

}  // namespace interp
