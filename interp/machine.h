// The eval/apply machine: runs bytecode on the explicit stack of
// interp/stack.h, with no C++ recursion per Haskell call or thunk.
#pragma once

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
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
  // Runs until the STOP frame pushed by call() receives a value (true) or
  // an exception unwinds to it (false).
  bool interpret();
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
