// The interpreter loop. See Note [Stack frames] in interp/stack.h for the
// stack, Note [Object layout] in interp/object.h for the heap.
//
// Note [Blackholing]
// ~~~~~~~~~~~~~~~~~~
// Entering a thunk pushes an update frame, copies the thunk's free
// variables into the new activation's first slots, overwrites the thunk's
// info with BLACKHOLE and clears its payload. Entering a BLACKHOLE again
// before the update can only mean the thunk's value depends on itself (the
// machine is single-threaded), so it raises <<loop>>. Clearing the payload
// matters for space: a long-running thunk must not keep alive what only its
// code needed (`length xs` would otherwise hold the whole of xs). On return
// the update frame overwrites the thunk with an indirection to the value;
// when an exception unwinds through it, the thunk becomes RAISED, which
// raises the same exception if it is forced again (DESIGN.md section 4).
//
// Note [Update in place]
// ~~~~~~~~~~~~~~~~~~~~~~
// When a thunk's value is a constructor or a boxed Int, Char, Double or
// Float that fits in the thunk's own payload, the update copies the value
// into the thunk instead of making it an indirection: the thunk *becomes*
// the value (a cons cell, an Int). Values are immutable and have no
// identity, so the copy is indistinguishable from the original. Evaluated
// lists then cost one block per cell instead of two (an indirection and
// the cell), and reading them takes no extra hop. The update frame records
// the thunk's payload size, because the thunk's info is BLACKHOLE by then.
// Anything larger, and functions, get an indirection.
//
// Note [Short-cutting indirections]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// An updated thunk stays in the heap as an indirection for as long as
// anything points at it; GHC's collector removes indirections as it copies,
// but ours does not move objects. So the mutator does it: when UNPACK reads
// a field that is an indirection, it writes the value back into the
// constructor, and the indirection becomes garbage once the last such
// reference is gone. (A list built from thunks would otherwise hold one
// dead thunk per cell, doubling its size.)
//
// Note [Stack roots]
// ~~~~~~~~~~~~~~~~~~
// The stack is not on the GC heap, so a push-other-roots callback gives the
// collector [lo, sp) of every live machine and the machine objects
// themselves (the registers). Slots are scanned conservatively: they may
// hold pc offsets, counts and frame tags, which never look like heap
// pointers the collector would keep by mistake for long.
#include "interp/machine.h"

#include <gc/gc.h>
#include <gc/gc_mark.h>

#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <cstring>
#include <vector>

#include "absl/strings/str_cat.h"

namespace interp {

namespace {

Machine* gCurrent = nullptr;
GC_push_other_roots_proc gPreviousPush = nullptr;

void pushMachineRoots() {
  for (Machine* m = gCurrent; m; m = m->previous()) {
    GC_push_all(reinterpret_cast<char*>(m), reinterpret_cast<char*>(m + 1));
    if (m->stackSp() > m->stackLo()) GC_push_all(m->stackLo(), m->stackSp());
  }
  if (gPreviousPush) gPreviousPush();
}

}  // namespace

Machine::Machine(Runtime& rt, MachineOptions options)
    : rt_(rt),
      opts_(std::move(options)),
      stack_(opts_.maxStackBytes ? opts_.maxStackBytes : defaultMaxStackBytes()) {
  sp_ = stack_.lo();
  frameTop_ = stack_.lo() - 1;
  fp_ = sp_;
  static bool hooked = false;
  if (!hooked) {
    hooked = true;
    gPreviousPush = GC_get_push_other_roots();
    GC_set_push_other_roots(pushMachineRoots);
  }
  previous_ = gCurrent;
  gCurrent = this;
  profile_ = std::getenv("LAZULI_PROFILE") != nullptr;
  for (Obj** e : {&loopExc_, &stackOverflowExc_, &heapOverflowExc_}) {
    *e = rt_.allocStatic(&rt_.exceptionInfo, 4);
    (*e)->payload[1] = (*e)->payload[2] = (*e)->payload[3] = 0;
  }
  loopExc_->payload[0] = static_cast<Word>(ExcKind::Loop);
  stackOverflowExc_->payload[0] = static_cast<Word>(ExcKind::StackOverflow);
  heapOverflowExc_->payload[0] = static_cast<Word>(ExcKind::HeapOverflow);
}

void Machine::printProfile() const {
  std::vector<std::pair<uint64_t, const Code*>> rows;
  uint64_t total = 0;
  for (const auto& [c, n] : profileCounts_) {
    rows.emplace_back(n, c);
    total += n;
  }
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::fprintf(stderr, "lazuli profile: %llu instructions\n", static_cast<unsigned long long>(total));
  for (size_t i = 0; i < rows.size() && i < 25; ++i)
    std::fprintf(stderr, "%12llu %5.1f%%  %s%s\n", static_cast<unsigned long long>(rows[i].first),
                 100.0 * static_cast<double>(rows[i].first) / static_cast<double>(total ? total : 1),
                 rows[i].second->bco->name.c_str(), rows[i].second->bco->thunk ? " (thunk)" : "");
}

Machine::~Machine() {
  if (profile_) printProfile();
  io_.flushAll();
  // Machines are destroyed in reverse order of creation.
  if (gCurrent == this) gCurrent = previous_;
}

// Note [Cost-centre stacks in frames]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// The current cost-centre stack (cccs_) is one register. The "stack of CCS
// configurations" of DESIGN.md section 4 lives in the continuation frames,
// one saved stack per frame, so that popping a frame, normally or by an
// exception, restores exactly the stack its pusher had:
//  - a case frame saves cccs_ when the scrutinee is entered (DUP_STACK) and
//    the return to the alternatives restores it (POP_STACK);
//  - entering a thunk saves cccs_ in the update frame and makes the
//    thunk's stack current (PUSH_STACK); the update restores it;
//  - a catch frame saves it for the handler;
//  - calling a function closure or a partial application applies
//    ccs::enterFun with the closure's stack; PUSH_CENTER pushes a centre.
// A frame-less case (the scrutinee already a value, or a primitive) changes
// nothing, so it needs no save. An exception records the stack current
// when it is first raised (payload[3]); a memoised exception raised again
// from its thunk keeps the first.
void Machine::raise(Obj* exc) {
  // The three static exceptions are raised afresh each time.
  bool isStatic = exc == loopExc_ || exc == stackOverflowExc_ || exc == heapOverflowExc_;
  if (exc->info == &rt_.exceptionInfo && (isStatic || exc->payload[3] == 0))
    exc->payload[3] = reinterpret_cast<Word>(cccs_);
  pending_ = exc;
  throw RaiseSignal{};
}

void Machine::stackOverflow() { raise(stackOverflowExc_); }

// Pushes a frame at sp: its payload, then prev and the tag.
void Machine::pushFrame(const Word* payload, size_t n, Word tag) {
  if (sp_ + n + 2 > stack_.limit()) stackOverflow();
  std::memcpy(sp_, payload, n * sizeof(Word));
  sp_[n] = reinterpret_cast<Word>(frameTop_);
  sp_[n + 1] = tag;
  frameTop_ = sp_ + n + 1;
  sp_ = frameTop_ + 1;
}

// A case frame resuming the current activation at code offset `resume`.
// Written out rather than through pushFrame: it runs on every case of an
// unevaluated scrutinee, and a variable-length memcpy is a library call.
inline void Machine::pushCaseFrame(uint32_t resume) {
  Word* s = sp_;
  if (s + 7 > stack_.limit()) stackOverflow();
  s[0] = reinterpret_cast<Word>(fp_);
  s[1] = asWord(node_);
  s[2] = reinterpret_cast<Word>(code_);
  s[3] = resume;
  s[4] = reinterpret_cast<Word>(cccs_);  // Note [Cost-centre stacks in frames]
  s[5] = reinterpret_cast<Word>(frameTop_);
  s[6] = kCaseFrame;
  frameTop_ = s + 6;
  sp_ = s + 7;
}

// Note [Suspended evaluations]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// Every evaluation (call() from C++, run() from the debugger) pushes a
// STOP frame above everything on the stack and a record of the registers
// of whoever started it. One started by run() may stop: at a break site
// the hooks want to stop at, BRK_FUN saves the resume point in pc_ and
// the interpreter returns with every register as it is; at a raise the
// exception is kept to go on raising. Nothing is copied: the suspended
// evaluation is just the stack below sp_ and the registers, and the
// record says it is stopped. A new evaluation started while stopped runs
// above it (its STOP frame goes at sp_), so evaluations nest as GHCi's do;
// resume() continues the innermost one, abandon() unwinds it to its STOP
// frame. Evaluations started by call() never stop: they are a
// primitive's, or the debugger's own (conditions, :force), with C++ frames
// above them that a suspension could not keep.
//
// An abandoned evaluation leaves no thunk blackholed: Note [Freezing
// abandoned evaluations].
const bool Machine::kNever = false;

void Machine::setBreakHooks(BreakHooks* hooks, const bool* everySite, const bool* anySite) {
  hooks_ = hooks;
  everySite_ = everySite ? everySite : &kNever;
  anySite_ = hooks && anySite ? anySite : &kNever;
}

bool Machine::begin(Obj* f, const std::vector<Obj*>& args, bool stoppable) {
  // Push a STOP frame above everything, then the arguments.
  Word* base = sp_ > frameTop_ + 1 ? sp_ : frameTop_ + 1;
  if (evalCount_ == kMaxEvaluations || base + args.size() + 8 > stack_.limit()) {
    exception_ = stackOverflowExc_;
    return false;
  }
  Evaluation& e = evals_[evalCount_++];
  e.sp = sp_;
  e.fp = fp_;
  e.node = node_;
  e.code = code_;
  e.pc = pc_;
  e.cccs = cccs_;
  e.r1 = r1_;
  e.stoppable = stoppable;
  e.stopped = false;
  e.raising = nullptr;
  sp_ = base;
  sp_[0] = reinterpret_cast<Word>(frameTop_);
  sp_[1] = kStopFrame;
  frameTop_ = sp_ + 1;
  e.stopFrame = frameTop_;
  sp_ = frameTop_ + 1;
  for (size_t i = 0; i < args.size(); ++i) sp_[i] = asWord(args[i]);
  sp_ += args.size();
  x_ = f;
  nargs_ = static_cast<uint32_t>(args.size());
  resume_ = args.empty() ? Resume::Enter : Resume::Apply;
  return true;
}

// The innermost evaluation has ended (its STOP frame popped): back to its starter.
void Machine::finish() {
  Evaluation& e = evals_[--evalCount_];
  sp_ = e.sp;
  fp_ = e.fp;
  node_ = e.node;
  code_ = e.code;
  pc_ = e.pc;
  cccs_ = e.cccs;
  r1_ = e.r1;
  e = Evaluation{};
}

Outcome Machine::loop(Obj** result) {
  for (;;) {
    try {
      if (!interpret()) {
        evals_[evalCount_ - 1].stopped = true;
        return Outcome::Stopped;
      }
      *result = r1_;
      finish();
      return Outcome::Value;
    } catch (RaiseSignal&) {
      if (stopAtRaise(pending_)) return Outcome::Stopped;
      if (!unwind(pending_)) break;
    } catch (HeapExhausted&) {
      if (stopAtRaise(heapOverflowExc_)) return Outcome::Stopped;
      if (!unwind(heapOverflowExc_)) break;
    }
  }
  finish();
  return Outcome::Exception;
}

Obj* Machine::call(Obj* f, const std::vector<Obj*>& args) {
  if (!begin(f, args, false)) return nullptr;
  Obj* result = nullptr;
  return loop(&result) == Outcome::Value ? result : nullptr;
}

Outcome Machine::run(Obj* f, const std::vector<Obj*>& args, Obj** result) {
  *result = nullptr;
  if (!begin(f, args, true)) return Outcome::Exception;
  return loop(result);
}

Outcome Machine::resume(Obj** result) {
  *result = nullptr;
  if (evalCount_ == 0 || !evals_[evalCount_ - 1].stopped) return Outcome::Exception;
  Evaluation& e = evals_[evalCount_ - 1];
  e.stopped = false;
  if (Obj* exc = e.raising) {  // stopped at a raise: go on raising
    e.raising = nullptr;
    if (!unwind(exc)) {
      finish();
      return Outcome::Exception;
    }
  } else {
    resume_ = Resume::Dispatch;  // pc_ is just after the BRK_FUN
  }
  return loop(result);
}

void Machine::abandon() {
  if (evalCount_ == 0 || !evals_[evalCount_ - 1].stopped) return;
  Evaluation& e = evals_[evalCount_ - 1];
  if (Obj* exc = e.raising) {
    // Stopped at a raise: the thunks under evaluation get the exception, as
    // raising it would have given them; no handler runs.
    for (Word* t = frameTop_; t != e.stopFrame; t = reinterpret_cast<Word*>(t[-1]))
      if (static_cast<FrameTag>(*t) == kUpdateFrame) {
        Obj* thunk = asObj(t[-4]);
        thunk->info = &rt_.raisedInfo;
        thunk->payload[0] = asWord(exc);
      }
  } else {
    freeze(e.stopFrame);
  }
  frameTop_ = reinterpret_cast<Word*>(e.stopFrame[-1]);
  finish();
}

// Note [Freezing abandoned evaluations]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// An abandoned evaluation (`:abandon`, an interrupt) must not leave the
// thunks it was evaluating blackholed, and it cannot revert them: their
// free variables were cleared on entry (Note [Blackholing]). As GHC's
// raiseAsync does, the stack is cut at each update frame, innermost first,
// and each piece is saved in a FROZEN object that its thunk now points at:
//   - the innermost piece resumes the stopped activation (registers saved);
//   - each outer piece resumes by entering the thunk just inside it, whose
//     value the piece's frames were waiting for.
// Entering a FROZEN object puts its piece back on the stack above a fresh
// update frame and carries on, so forcing an abandoned thunk later goes on
// from where it stopped, and nothing is computed twice. Inside a piece, the
// only words that point into the stack are the frames' links and case
// frames' saved fp: they are kept as offsets from the piece's start (the
// link to the update frame below as kBelow), and rebased when thawed.
namespace {
constexpr Word kBelow = ~Word{0};
constexpr Word kNoFrameHere = ~Word{0};
enum FrozenField : size_t { kFzWords, kFzHow, kFzFp, kFzNode, kFzCode, kFzPc, kFzCcs, kFzTop, kFzHeader };
}  // namespace

void Machine::freeze(Word* stopFrame) {
  std::vector<Word*> updates;  // innermost first
  for (Word* t = frameTop_; t != stopFrame; t = reinterpret_cast<Word*>(t[-1]))
    if (static_cast<FrameTag>(*t) == kUpdateFrame) updates.push_back(t);
  Word* top = sp_ > frameTop_ + 1 ? sp_ : frameTop_ + 1;  // end of the innermost piece
  Word* topFrame = frameTop_;
  Obj* inner = nullptr;
  const ccs::Stack* innerCcs = cccs_;
  for (Word* u : updates) {
    Word* base = u + 1;
    size_t n = static_cast<size_t>(top - base);
    Obj* f = rt_.alloc(&rt_.frozenInfo, kFzHeader + n);
    Word* w = f->payload;
    w[kFzWords] = n;
    w[kFzHow] = inner ? 1 : 0;  // 0: resume the activation; 1: enter `inner`
    w[kFzFp] = inner ? 0 : static_cast<Word>(fp_ - base);
    w[kFzNode] = asWord(inner ? inner : node_);
    w[kFzCode] = reinterpret_cast<Word>(inner ? nullptr : code_);
    w[kFzPc] = inner ? 0 : static_cast<Word>(pc_ - code_->code);
    w[kFzCcs] = reinterpret_cast<Word>(innerCcs);
    w[kFzTop] = topFrame == u ? kNoFrameHere : static_cast<Word>(topFrame - base);
    Word* piece = w + kFzHeader;
    std::memcpy(piece, base, n * sizeof(Word));
    for (Word* t = topFrame; t != u; t = reinterpret_cast<Word*>(t[-1])) {
      size_t at = static_cast<size_t>(t - base);
      Word* prev = reinterpret_cast<Word*>(t[-1]);
      piece[at - 1] = prev == u ? kBelow : static_cast<Word>(prev - base);
      if (static_cast<FrameTag>(*t) == kCaseFrame)
        piece[at - 6] = static_cast<Word>(reinterpret_cast<Word*>(t[-6]) - base);
    }
    Obj* thunk = asObj(u[-4]);
    thunk->info = &rt_.indInfo;  // now the frozen piece: entered, it resumes
    thunk->payload[0] = asWord(f);
    inner = thunk;
    innerCcs = reinterpret_cast<const ccs::Stack*>(u[-2]);  // the stack its evaluator had
    top = u - 4;
    topFrame = reinterpret_cast<Word*>(u[-1]);
  }
}

// Enters FROZEN object f: its piece goes back on the stack above an update
// frame for f, and the registers are set to carry on: true to dispatch,
// false to enter x_.
bool Machine::thaw(Obj* f) {
  Word* w = f->payload;
  size_t n = w[kFzWords];
  Word* b0 = frameTop_ + 1;
  if (b0 + 5 + n + 16 > stack_.limit()) stackOverflow();
  b0[0] = asWord(f);
  b0[1] = 1;  // room for an Int or Char in place; bigger values get an indirection
  b0[2] = reinterpret_cast<Word>(cccs_);
  b0[3] = reinterpret_cast<Word>(frameTop_);
  b0[4] = kUpdateFrame;
  Word* u = b0 + 4;
  Word* base = u + 1;
  std::memcpy(base, w + kFzHeader, n * sizeof(Word));
  Word* topFrame = u;
  if (w[kFzTop] != kNoFrameHere) {
    topFrame = base + w[kFzTop];
    for (Word* t = topFrame;;) {
      Word enc = t[-1];
      Word* prev = enc == kBelow ? u : base + enc;
      t[-1] = reinterpret_cast<Word>(prev);
      if (static_cast<FrameTag>(*t) == kCaseFrame) t[-6] = reinterpret_cast<Word>(base + t[-6]);
      if (prev == u) break;
      t = prev;
    }
  }
  frameTop_ = topFrame;
  sp_ = base + n;
  cccs_ = reinterpret_cast<const ccs::Stack*>(w[kFzCcs]);
  bool resumeActivation = w[kFzHow] == 0;
  Obj* node = asObj(w[kFzNode]);
  const Code* code = reinterpret_cast<const Code*>(w[kFzCode]);
  Word fpOff = w[kFzFp], pcOff = w[kFzPc];
  f->info = &rt_.blackholeInfo;  // Note [Blackholing]: its piece is on the stack now
  std::memset(w, 0, (kFzHeader + n) * sizeof(Word));
  if (resumeActivation) {
    fp_ = base + fpOff;
    node_ = node;
    code_ = code;
    pc_ = code->code + pcOff;
    return true;
  }
  x_ = node;  // the thunk just inside, whose value the piece waits for
  return false;
}

// An exception is being raised in a stoppable evaluation: ask the hooks.
bool Machine::stopAtRaise(Obj* exc) {
  if (hooks_ == nullptr || evalCount_ == 0) return false;
  Evaluation& e = evals_[evalCount_ - 1];
  if (!e.stoppable) return false;
  // Uncaught unless a catch frame of this evaluation takes it (they take IO errors).
  bool uncaught = true;
  if (exc->info == &rt_.exceptionInfo && static_cast<ExcKind>(exc->payload[0]) == ExcKind::IOError)
    for (Word* t = frameTop_; t != e.stopFrame; t = reinterpret_cast<Word*>(t[-1]))
      if (static_cast<FrameTag>(*t) == kCatchFrame) uncaught = false;
  if (sp_ < frameTop_ + 1) sp_ = frameTop_ + 1;
  if (!hooks_->atRaise(exc, uncaught)) return false;
  e.stopped = true;
  e.raising = exc;
  return true;
}

// Note [Break check]
// ~~~~~~~~~~~~~~~~~~
// BRK_FUN k site n atoms: k is the module's entry in the registry (null
// when the module was loaded without break sites). The fast path is one
// load and one test: can any site stop at all (an enabled breakpoint, a
// step, trace mode)? When nothing can, as in a program run with break
// sites and no breakpoint, that is all a site costs, and the sites that
// follow it directly are skipped in the same dispatch.
// Otherwise: is this site armed, or does every site matter? Only then are
// the atoms read and the hooks asked.
bool Machine::breakAt(const bp::ModBreaks* m, uint32_t site, const uint32_t* atoms, uint32_t n, const Word* fp,
                      const Obj* node, const Word* consts) {
  if (hooks_ == nullptr || evalCount_ == 0 || !evals_[evalCount_ - 1].stoppable) return false;
  Word small[16] = {};
  std::vector<Word> big;
  Word* values = small;
  if (n > 16) {
    big.resize(n);
    values = big.data();
  }
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t w = atoms[i];
    uint32_t k = w & bc::kOperandIndexMask;
    values[i] = w >> 30 == 0 ? fp[k] : w >> 30 == 1 ? node->payload[k] : consts[k];
  }
  bool stop = hooks_->atSite(*const_cast<bp::ModBreaks*>(m), site, values, n);
  std::memset(small, 0, sizeof small);  // no stale roots on the C stack (see CALL)
  return stop;
}

bool Machine::unwind(Obj* exc) {
  for (;;) {
    Word* t = frameTop_;
    Word* prev = reinterpret_cast<Word*>(t[-1]);
    switch (static_cast<FrameTag>(*t)) {
      case kUpdateFrame: {
        Obj* thunk = asObj(t[-4]);
        thunk->info = &rt_.raisedInfo;
        thunk->payload[0] = asWord(exc);
        frameTop_ = prev;
        sp_ = t - 4;
        break;
      }
      case kCatchFrame: {
        Obj* handler = asObj(t[-3]);
        cccs_ = reinterpret_cast<const ccs::Stack*>(t[-2]);
        frameTop_ = prev;
        sp_ = t - 3;
        auto kind = static_cast<ExcKind>(exc->payload[0]);
        if (kind == ExcKind::IOError) {
          Word* base = frameTop_ + 1;
          base[0] = exc->payload[1];
          base[1] = asWord(rt_.world);
          sp_ = base + 2;
          x_ = handler;
          nargs_ = 2;
          resume_ = Resume::Apply;
          return true;
        }
        break;
      }
      case kStopFrame:
        frameTop_ = prev;
        sp_ = t - 1;
        exception_ = exc;
        return false;
      case kCaseFrame: frameTop_ = prev; sp_ = t - 6; break;
      case kApplyFrame: frameTop_ = prev; sp_ = t - 2 - t[-2]; break;
      case kForceFrame: frameTop_ = prev; sp_ = t - 6; break;
      case kNoFrame:  // not reachable: call() always pushes a STOP frame first
        exception_ = exc;
        return false;
    }
  }
}

// Reads an atom operand (Note [Operands] in bytecode/opcodes.h).
// Inside the dispatch loop fp, node and consts are locals: no instruction
// changes them (a new activation leaves the loop through enter/apply/ret).
#define ATOM(w)                                                               \
  ((w) >> 30 == 0   ? fp[(w) & bc::kOperandIndexMask]                         \
   : (w) >> 30 == 1 ? node->payload[(w) & bc::kOperandIndexMask]             \
                    : consts[(w) & bc::kOperandIndexMask])
#define SLOT(i) fp[i]

// Note [Dispatch]
// ~~~~~~~~~~~~~~~
// With GCC or Clang each instruction ends by jumping straight to the next
// one's code through a table of label addresses built from opcodes.def
// (threaded code: one indirect branch per instruction site, which the
// branch predictor learns separately); elsewhere the loop's switch does the
// same job. -DLZ_SWITCH_DISPATCH=1 forces the switch, to compare. Inside
// the loop the program counter lives in the local `pc`; pc_ is written only
// when control leaves the loop for good (it is read again by `dispatch`).
#if (defined(__GNUC__) || defined(__clang__)) && !LZ_SWITCH_DISPATCH
#define LZ_THREADED 1
#define CASE(name) case Op::name: op_##name:
#define NEXT()                                 \
  do {                                         \
    if (profile_) ++profileCounts_[code_];     \
    goto* kDispatch[*pc];                      \
  } while (0)
#else
#define LZ_THREADED 0
#define CASE(name) case Op::name:
#define NEXT() continue
#endif

bool Machine::interpret() {
  using bc::Op;
  const uint32_t* pc = nullptr;
  Word* fp = nullptr;
  Obj* node = nullptr;
  const Word* consts = nullptr;
#if LZ_THREADED
  static const void* const kDispatch[] = {
#define OP(name, operands, meaning) &&op_##name,
#include "bytecode/opcodes.def"
#undef OP
  };
#endif
  switch (resume_) {
    case Resume::Dispatch: goto dispatch;
    case Resume::Enter: goto enter;
    case Resume::Apply: goto apply;
    case Resume::Return: goto ret;
  }

// Evaluate x_; the value goes to the top frame. sp_ may be anywhere above
// frameTop_ (the activation that asked is finished or has pushed a frame).
enter: {
  Obj* x = deref(x_);
  switch (typeOf(x)) {
    case Type::Thunk: {
      const Code* c = x->info->code;
      Word* base = frameTop_ + 1;
      if (base + 5 + c->frameSize + 16 > stack_.limit()) stackOverflow();
      base[0] = asWord(x);
      base[1] = 1 + c->numFree;  // the thunk's payload words (Note [Update in place])
      base[2] = reinterpret_cast<Word>(cccs_);  // Note [Cost-centre stacks in frames]
      base[3] = reinterpret_cast<Word>(frameTop_);
      base[4] = kUpdateFrame;
      frameTop_ = base + 4;
      if (x->payload[0]) cccs_ = reinterpret_cast<const ccs::Stack*>(x->payload[0]);
      fp_ = frameTop_ + 1;
      uint32_t nfree = c->numFree;
      for (uint32_t i = 0; i < nfree; ++i) {
        fp_[i] = x->payload[1 + i];
        x->payload[1 + i] = 0;
      }
      x->info = &rt_.blackholeInfo;  // See Note [Blackholing]
      sp_ = fp_ + c->frameSize;
      node_ = x;
      code_ = c;
      pc_ = c->code;
      goto dispatch;
    }
    case Type::Frozen:  // Note [Freezing abandoned evaluations]
      if (thaw(x)) goto dispatch;
      goto enter;
    case Type::Blackhole: raise(loopExc_);
    case Type::Raised: raise(asObj(x->payload[0]));
    case Type::StrLit: r1_ = unpackStrLit(x); goto ret;
    case Type::Input: r1_ = readInput(x); goto ret;
    case Type::Ind: break;  // deref followed every indirection
    default: r1_ = x; goto ret;
  }
  r1_ = x;
  goto ret;
}

// Apply x_ to the nargs_ arguments at frameTop_ + 1.
apply: {
  Obj* f = deref(x_);
  Word* base = frameTop_ + 1;
  uint32_t n = nargs_;
  switch (typeOf(f)) {
    case Type::Fun: {
      const Code* c = f->info->code;
      uint32_t arity = c->arity;
      if (f->payload[0] && n >= arity)  // a closure built under a stack of its own
        cccs_ = ccs::enterFun(cccs_, reinterpret_cast<const ccs::Stack*>(f->payload[0]));
      if (n == arity) {
        if (base + c->frameSize + 16 > stack_.limit()) stackOverflow();
        fp_ = base;
        sp_ = base + c->frameSize;
        node_ = f;
        code_ = c;
        pc_ = c->code;
        goto dispatch;
      }
      if (n < arity) {
        sp_ = base + n;
        Obj* pap = rt_.alloc(&rt_.papInfo, 3 + n);
        pap->payload[0] = reinterpret_cast<Word>(cccs_);
        pap->payload[1] = asWord(f);
        pap->payload[2] = n;
        std::memcpy(&pap->payload[3], base, n * sizeof(Word));
        sp_ = base;
        r1_ = pap;
        goto ret;
      }
      // Too many: the extra arguments go into an APPLY frame below the call.
      uint32_t extra = n - arity;
      if (base + n + 3 + c->frameSize + 16 > stack_.limit()) stackOverflow();
      // Save the first `arity` arguments (no GC allocation until they are copied back).
      Word small[16] = {};
      std::vector<Word> big;
      Word* tmp = small;
      if (arity > 16) {
        big.assign(base, base + arity);
        tmp = big.data();
      } else {
        std::memcpy(small, base, arity * sizeof(Word));
      }
      std::memmove(base, base + arity, extra * sizeof(Word));
      base[extra] = extra;
      base[extra + 1] = reinterpret_cast<Word>(frameTop_);
      base[extra + 2] = kApplyFrame;
      frameTop_ = base + extra + 2;
      fp_ = frameTop_ + 1;
      std::memcpy(fp_, tmp, arity * sizeof(Word));
      std::memset(small, 0, sizeof small);  // no stale roots on the C stack (see CALL)
      sp_ = fp_ + c->frameSize;
      node_ = f;
      code_ = c;
      pc_ = c->code;
      goto dispatch;
    }
    case Type::Pap: {
      uint32_t k = static_cast<uint32_t>(f->payload[2]);
      if (base + n + k + 16 > stack_.limit()) stackOverflow();
      std::memmove(base + k, base, n * sizeof(Word));
      std::memcpy(base, &f->payload[3], k * sizeof(Word));
      // Its stack is entered whether this saturates it or builds a bigger
      // one (which then carries the entered stack), as GHC does.
      if (f->payload[0]) cccs_ = ccs::enterFun(cccs_, reinterpret_cast<const ccs::Stack*>(f->payload[0]));
      sp_ = base + n + k;
      nargs_ = n + k;
      x_ = asObj(f->payload[1]);
      goto apply;
    }
    default:
      if (isValue(f)) {
        raise(rt_.mkException(ExcKind::ErrorNoTrace,
                              asWord(rt_.mkString(absl::StrCat("internal error: applying a ", f->info->name,
                                                               " value to arguments")))));
      }
      // Not evaluated yet: remember the arguments in an APPLY frame.
      if (base + n + 3 > stack_.limit()) stackOverflow();
      base[n] = n;
      base[n + 1] = reinterpret_cast<Word>(frameTop_);
      base[n + 2] = kApplyFrame;
      frameTop_ = base + n + 2;
      sp_ = frameTop_ + 1;
      x_ = f;
      goto enter;
  }
}

// Return r1_ (a value, or any pointer for IO results) to the top frame.
ret: {
  Word* t = frameTop_;
  Word* prev = reinterpret_cast<Word*>(t[-1]);
  switch (static_cast<FrameTag>(*t)) {
    case kCaseFrame:
      fp_ = reinterpret_cast<Word*>(t[-6]);
      node_ = asObj(t[-5]);
      code_ = reinterpret_cast<const Code*>(t[-4]);
      pc_ = code_->code + t[-3];
      cccs_ = reinterpret_cast<const ccs::Stack*>(t[-2]);
      sp_ = t - 6;
      frameTop_ = prev;
      goto dispatch;
    case kUpdateFrame: {
      Obj* thunk = asObj(t[-4]);
      Word room = t[-3];
      cccs_ = reinterpret_cast<const ccs::Stack*>(t[-2]);
      Type ty = typeOf(r1_);
      uint32_t size = r1_->info->size;
      if (size <= room && (ty == Type::Con || ty == Type::Int || ty == Type::Char || ty == Type::Double ||
                           ty == Type::Float)) {
        // Note [Update in place]: the thunk becomes a copy of its value.
        for (uint32_t i = 0; i < size; ++i) thunk->payload[i] = r1_->payload[i];  // a few words
        thunk->info = r1_->info;
      } else {
        thunk->info = &rt_.indInfo;
        thunk->payload[0] = asWord(r1_);
      }
      sp_ = t - 4;
      frameTop_ = prev;
      goto ret;
    }
    case kApplyFrame: {
      Word n = t[-2];
      frameTop_ = prev;
      sp_ = t - 2;  // the arguments stay where they are, at prev + 1
      x_ = r1_;
      nargs_ = static_cast<uint32_t>(n);
      goto apply;
    }
    case kCatchFrame:
      sp_ = t - 3;
      frameTop_ = prev;
      goto ret;
    case kForceFrame: {
      Obj* r = forceStep(r1_);
      if (r) {
        r1_ = r;
        goto ret;
      }
      goto enter;  // forceStep set x_
    }
    case kStopFrame:
      sp_ = t - 1;
      frameTop_ = prev;
      return true;
    case kNoFrame: return true;
  }
  return true;
}

dispatch:
  pc = pc_;
  fp = fp_;
  node = node_;
  consts = code_->consts;
  for (;;) {
    if (profile_) ++profileCounts_[code_];
    switch (static_cast<Op>(*pc)) {
      CASE(ENTER)
        x_ = asObj(ATOM(pc[1]));
        if (pc[1] & bc::kKillBit) fp_[pc[1] & bc::kOperandIndexMask] = 0;
        goto enter;
      CASE(CALL) {
        Obj* f = asObj(ATOM(pc[1]));
        uint32_t n = pc[2];
        Word* base = frameTop_ + 1;
        if (base + n + 16 > stack_.limit()) stackOverflow();
        if (base + n <= fp_ || base >= sp_) {  // no overlap with the slots read
          for (uint32_t i = 0; i < n; ++i) base[i] = ATOM(pc[3 + i]);
        } else {
          Word tmp[16] = {};  // initialised: stale words on the C stack are roots too
          std::vector<Word> big;
          Word* args = tmp;
          if (n > 16) {
            big.resize(n);
            args = big.data();
          }
          for (uint32_t i = 0; i < n; ++i) args[i] = ATOM(pc[3 + i]);
          std::memcpy(base, args, n * sizeof(Word));
          // The C stack is scanned too: a stale copy would keep the
          // arguments alive for as long as this loop runs (a list's head!).
          std::memset(tmp, 0, sizeof tmp);
        }
        sp_ = base + n;
        x_ = f;
        nargs_ = n;
        for (uint32_t i = 0; i <= n; ++i) {  // Note [Dead slots] in bytecode/codegen.cpp
          uint32_t w = pc[i == 0 ? 1 : 2 + i];
          if ((w >> 30) == 0 && (w & bc::kKillBit)) fp_[w & bc::kOperandIndexMask] = 0;
        }
        goto apply;
      }
      CASE(RET)
        r1_ = asObj(ATOM(pc[1]));
        goto ret;
      CASE(CASE) {
        pushCaseFrame(pc[1]);
        pc = pc + 2;
        NEXT();
      }
      CASE(EVAL) {
        Obj* x = deref(asObj(ATOM(pc[1])));
        if (pc[1] & bc::kKillBit) fp_[pc[1] & bc::kOperandIndexMask] = 0;
        if (isValue(x)) {
          r1_ = x;
          pc = code_->code + pc[2];
          // The continuation nearly always starts by binding R1: do it here
          // and save a dispatch.
          if (*pc == static_cast<uint32_t>(Op::BIND)) {
            SLOT(pc[1]) = asWord(x);
            pc += 2;
          }
          NEXT();
        }
        pushCaseFrame(pc[2]);
        x_ = x;
        goto enter;
      }
      CASE(BIND)
        SLOT(pc[1]) = asWord(r1_);
        pc = pc + 2;
        NEXT();
      CASE(SWITCH) {
        Obj* x = asObj(SLOT(pc[1]));
        uint32_t n = pc[2];
        uint32_t tag = x->info->tag;
        pc = code_->code + (tag < n ? pc[3 + tag] : pc[3 + n]);
        NEXT();
      }
      CASE(UNPACK) {
        // Fields that are updated thunks are short-cut to their values, in
        // the constructor too, so that the indirection can be collected
        // (Note [Short-cutting indirections]).
        Obj* x = asObj(SLOT(pc[1]));
        uint32_t d = pc[2], n = pc[3];
        for (uint32_t i = 0; i < n; ++i) {
          Obj* f = asObj(x->payload[i]);
          if (f->info->type == Type::Ind) {
            f = deref(f);
            x->payload[i] = asWord(f);
          }
          SLOT(d + i) = asWord(f);
        }
        pc = pc + 4;
        NEXT();
      }
      CASE(JMP) pc = code_->code + pc[1]; NEXT();
      CASE(IFNE_INT)
      CASE(IFNE_CHAR) {
        Obj* x = asObj(SLOT(pc[1]));
        Obj* k = asObj(consts[pc[2]]);
        pc = x->payload[0] == k->payload[0] ? pc + 4 : code_->code + pc[3];
        NEXT();
      }
      CASE(IFNE_DOUBLE) {
        bool eq = doubleValue(asObj(SLOT(pc[1]))) == doubleValue(asObj(consts[pc[2]]));
        pc = eq ? pc + 4 : code_->code + pc[3];
        NEXT();
      }
      CASE(IFNE_FLOAT) {
        bool eq = floatValue(asObj(SLOT(pc[1]))) == floatValue(asObj(consts[pc[2]]));
        pc = eq ? pc + 4 : code_->code + pc[3];
        NEXT();
      }
      CASE(IFNE_INTEGER) {
        bool eq = mpz_cmp(integerValue(asObj(SLOT(pc[1]))), integerValue(asObj(consts[pc[2]]))) == 0;
        pc = eq ? pc + 4 : code_->code + pc[3];
        NEXT();
      }
      CASE(MAKE) {
        const Info* info = reinterpret_cast<const Info*>(consts[pc[2]]);
        uint32_t n = pc[3];
        Obj* o;
        if (info->type == Type::Thunk || info->type == Type::Fun) {
          o = rt_.alloc(info, 1 + n);
          o->payload[0] = reinterpret_cast<Word>(cccs_);
          for (uint32_t i = 0; i < n; ++i) o->payload[1 + i] = ATOM(pc[4 + i]);
        } else {
          o = rt_.alloc(info, n);
          for (uint32_t i = 0; i < n; ++i) o->payload[i] = ATOM(pc[4 + i]);
        }
        SLOT(pc[1]) = asWord(o);
        pc = pc + 4 + n;
        NEXT();
      }
      CASE(ALLOC) {
        const Info* info = reinterpret_cast<const Info*>(consts[pc[2]]);
        Obj* o = rt_.alloc(info, info->size);
        std::memset(o->payload, 0, info->size * sizeof(Word));
        if (info->type == Type::Thunk || info->type == Type::Fun) o->payload[0] = reinterpret_cast<Word>(cccs_);
        SLOT(pc[1]) = asWord(o);
        pc = pc + 3;
        NEXT();
      }
      CASE(FILL) {
        Obj* o = asObj(SLOT(pc[1]));
        uint32_t n = pc[2];
        Word* dst = o->info->type == Type::Thunk || o->info->type == Type::Fun ? &o->payload[1] : &o->payload[0];
        for (uint32_t i = 0; i < n; ++i) dst[i] = ATOM(pc[3 + i]);
        pc = pc + 3 + n;
        NEXT();
      }
      CASE(MOVE)
        SLOT(pc[1]) = ATOM(pc[2]);
        pc = pc + 3;
        NEXT();
      CASE(CLEAR) {
        uint32_t n = pc[1];
        for (uint32_t i = 0; i < n; ++i) SLOT(pc[2 + i] & bc::kOperandIndexMask) = 0;
        pc = pc + 2 + n;
        NEXT();
      }
      CASE(PRIM) {
        // The commonest Int primitives inline; the rest in strictPrim.
        switch (static_cast<bc::Prim>(pc[1])) {
#define LZ_INT_PRIM(name, result)                            \
  case bc::Prim::name: {                                     \
    int64_t a = intValue(asObj(ATOM(pc[4])));                \
    int64_t b = intValue(asObj(ATOM(pc[5])));                \
    SLOT(pc[2]) = asWord(result);                            \
    pc = pc + 6;                                             \
    NEXT();                                                  \
  }
          LZ_INT_PRIM(primIntAdd, rt_.mkInt(wrapAdd(a, b)))
          LZ_INT_PRIM(primIntSub, rt_.mkInt(wrapSub(a, b)))
          LZ_INT_PRIM(primIntEq, rt_.mkBool(a == b))
          LZ_INT_PRIM(primIntLt, rt_.mkBool(a < b))
          LZ_INT_PRIM(primIntLe, rt_.mkBool(a <= b))
#undef LZ_INT_PRIM
          default: break;
        }
        uint32_t n = pc[3];
        Word args[4] = {0, 0, 0, 0};
        for (uint32_t i = 0; i < n && i < 4; ++i) args[i] = ATOM(pc[4 + i]);
        SLOT(pc[2]) = asWord(strictPrim(static_cast<bc::Prim>(pc[1]), args));
        pc = pc + 4 + n;
        NEXT();
      }
      CASE(RAISE) {
        uint32_t n = pc[2];
        Word args[4] = {0, 0, 0, 0};
        for (uint32_t i = 0; i < n && i < 4; ++i) args[i] = ATOM(pc[3 + i]);
        raise(raisePrim(static_cast<bc::Prim>(pc[1]), args));
      }
      CASE(IOPRIM) {
        uint32_t n = pc[2];
        Word args[4] = {0, 0, 0, 0};
        for (uint32_t i = 0; i < n && i < 4; ++i) args[i] = ATOM(pc[3 + i]);
        // The activation is finished: its slots may be reused from here.
        sp_ = frameTop_ + 1;
        Obj* r = ioPrim(static_cast<bc::Prim>(pc[1]), args);
        std::memset(args, 0, sizeof args);  // no stale roots on the C stack (see CALL)
        if (r) {
          r1_ = r;
          goto ret;
        }
        goto enter;
      }
      CASE(CATCH) {
        Word saved[2] = {ATOM(pc[1]), reinterpret_cast<Word>(cccs_)};
        pushFrame(saved, 2, kCatchFrame);
        pc = pc + 2;
        NEXT();
      }
      CASE(UNCATCH) {
        Word* t = frameTop_;
        frameTop_ = reinterpret_cast<Word*>(t[-1]);
        sp_ = t - 3;
        pc = pc + 1;
        NEXT();
      }
      CASE(CAPTURE) {  // Note [Captured function references] in bytecode/codegen.cpp
        Obj* v = asObj(ATOM(pc[2]));
        if (v->info->type == Type::Fun && v->info->arity > 0) {
          Obj* pap = rt_.alloc(&rt_.papInfo, 3);
          pap->payload[0] = reinterpret_cast<Word>(cccs_);
          pap->payload[1] = asWord(v);
          pap->payload[2] = 0;
          v = pap;
        }
        SLOT(pc[1]) = asWord(v);
        pc = pc + 3;
        NEXT();
      }
      CASE(PUSH_CENTER)
        cccs_ = ccs::push(cccs_, reinterpret_cast<const ccs::CostCentre*>(consts[pc[1]]));
        pc = pc + 2;
        NEXT();
      CASE(BRK_FUN) {  // Note [Break check]
        if (*anySite_) {
          uint32_t n = pc[3];
          const auto* m = reinterpret_cast<const bp::ModBreaks*>(consts[pc[1]]);
          if (m && (*everySite_ || m->array().armed(pc[2])) && breakAt(m, pc[2], pc + 4, n, fp, node, consts)) {
            pc_ = pc + 4 + n;
            return false;
          }
          pc = pc + 4 + n;
          NEXT();
        }
        // Nothing can stop: this site and the ones right after it (a
        // right-hand side that is an application is two) in one go.
        do pc = pc + 4 + pc[3];
        while (*pc == static_cast<uint32_t>(Op::BRK_FUN));
        NEXT();
      }
    }
    raise(rt_.mkException(ExcKind::ErrorNoTrace,
                          asWord(rt_.mkString(absl::StrCat("internal error: bad opcode ", *pc)))));
  }
}

}  // namespace interp
