// The IO primitives, lazy strings (literals and input), and the program's
// top level: running main and printing what escapes it.
//
// Note [Forcing strings]
// ~~~~~~~~~~~~~~~~~~~~~~
// Primitives that consume a String (hPutStr, file names, file contents)
// must run Haskell code to force it, without C++ recursion. They push a
// FORCE frame and evaluate the list; each value returned to the frame is a
// list cell (phase 0) or a character (phase 1), and the frame asks for the
// next one until [] arrives, then finishes the primitive. Characters
// accumulate in a GC buffer in the frame. For output the buffer is written
// to the handle when the string ends, when a line ends on a line-buffered
// handle, and every 8 KiB, as GHC's hPutStr commits its buffer: if forcing
// raises half-way, the uncommitted text is lost in both (`putStrLn ("abc"
// ++ undefined)` prints nothing on a pipe).
#include <gc/gc.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "core/utf8.h"
#include "interp/machine.h"

namespace interp {
namespace {

using bc::Prim;

enum ForceAction : Word {
  kPutStr1 = 1,     // hPutStr stdout
  kPutStr2,         // hPutStr stderr
  kReadFile,        // the file name
  kWritePath,       // the file name (arg: the contents)
  kWriteBody,       // the contents (arg: the file name, a C string)
  kAppendPath,
  kAppendBody,
};

constexpr size_t kCommitBytes = 8192;

// A growable byte buffer on the GC heap: [length][capacity][bytes...].
struct Buf {
  size_t length;
  size_t capacity;
  char bytes[];
};

Buf* bufAppend(Buf* b, char32_t c) {
  std::string enc;
  core::appendUtf8(enc, c);
  if (!b || b->length + enc.size() > b->capacity) {
    size_t cap = b ? b->capacity * 2 : 64;
    Buf* nb = static_cast<Buf*>(GC_MALLOC_ATOMIC(sizeof(Buf) + cap));
    if (!nb) throw HeapExhausted{};
    nb->length = b ? b->length : 0;
    nb->capacity = cap;
    if (b) std::memcpy(nb->bytes, b->bytes, b->length);
    b = nb;
  }
  std::memcpy(b->bytes + b->length, enc.data(), enc.size());
  b->length += enc.size();
  return b;
}

std::string bufText(const Buf* b) { return b ? std::string(b->bytes, b->length) : std::string(); }

// A NUL-terminated copy on the GC heap.
const char* gcString(const std::string& s) {
  char* p = static_cast<char*>(GC_MALLOC_ATOMIC(s.size() + 1));
  if (!p) throw HeapExhausted{};
  std::memcpy(p, s.data(), s.size());
  p[s.size()] = 0;
  return p;
}

std::string describeErrno(int e) {
  switch (e) {
    case ENOENT: return "does not exist (No such file or directory)";
    case EACCES: return "permission denied (Permission denied)";
    case EISDIR: return "inappropriate type (is a directory)";
    case EEXIST: return "already exists (File exists)";
    case EBUSY: return "resource busy (Device or resource busy)";
    case ENOSPC: return "resource exhausted (No space left on device)";
    default: return absl::StrCat("failed (", std::strerror(e), ")");
  }
}

int errnoKind(int e) {
  switch (e) {
    case ENOENT: return 2;
    case EACCES: case EPERM: return 7;
    case EEXIST: return 1;
    case EBUSY: return 3;
    case ENOSPC: return 4;
    default: return 9;
  }
}

}  // namespace

void Machine::ioError(int kind, const std::string& text) {
  Obj* e = rt_.mkIOError(kind, nullptr, text);
  raise(rt_.mkException(ExcKind::IOError, asWord(e)));
}

// Note [String literals]
// ~~~~~~~~~~~~~~~~~~~~~~
// A string literal is a StrLit object: UTF-8 bytes and an offset. It is
// not a value: evaluating it decodes one character and returns a cons cell
// whose tail is a StrLit for the rest, so a literal costs nothing until it
// is used and is never held in memory as a list longer than it must be.
// StrLits are not updated (a literal in a constant pool would otherwise
// keep its whole unpacked list alive for ever); GHC's unpackCString# does
// the same. File contents read by readFile are StrLits over a GC buffer.
Obj* Machine::unpackStrLit(Obj* s) {
  const char* bytes = reinterpret_cast<const char*>(s->payload[0]);
  size_t off = s->payload[1], len = s->payload[2];
  if (off >= len) return rt_.nil;
  size_t next = off;
  char32_t c = core::decodeUtf8OrByte(std::string_view(bytes, len), next);
  x_ = s;  // keep the literal (and a GC'd byte buffer) alive while allocating
  Obj* rest = rt_.alloc(&rt_.strLitInfo, 3);
  rest->payload[0] = s->payload[0];
  rest->payload[1] = next;
  rest->payload[2] = len;
  return rt_.mkCons(rt_.mkChar(c), rest);
}

Obj* Machine::readInput(Obj* input) {
  x_ = input;
  int64_t c = io_.getChar();
  Obj* r;
  if (c < 0) {
    r = rt_.nil;
  } else {
    Obj* rest = rt_.alloc(&rt_.inputInfo, 1);
    rest->payload[0] = 0;
    r = rt_.mkCons(rt_.mkChar(static_cast<char32_t>(c)), rest);
  }
  input->info = &rt_.indInfo;
  input->payload[0] = asWord(r);
  return r;
}

// Pushes a FORCE frame for `action` (with its argument) and starts forcing
// `list` under it: a value for the frame's caller, or null with x_ set to
// what must be evaluated next.
Obj* Machine::startForce(Word action, Word arg, Obj* list) {
  Word payload[5] = {action, arg, 0, 0, 0};
  pushFrame(payload, 5, kForceFrame);
  Obj* l = deref(list);
  if (!isValue(l)) {
    x_ = l;
    return nullptr;
  }
  return forceStep(l);
}

// A value returned to the FORCE frame on top (a list cell or a character):
// as startForce, a value for the frame's caller or null with x_ set.
Obj* Machine::forceStep(Obj* value) {
  for (;;) {
    Word* t = frameTop_;
    Word action = t[-6];
    Word& phase = t[-2];
    char32_t c;
    if (phase == 0) {
      Obj* cell = deref(value);
      if (cell->info->tag == 0) {  // []
        Obj* arg = asObj(t[-5]);
        std::string text = bufText(reinterpret_cast<Buf*>(t[-4]));
        frameTop_ = reinterpret_cast<Word*>(t[-1]);
        sp_ = t - 6;
        return finishForce(action, arg, std::move(text));
      }
      t[-3] = cell->payload[1];
      Obj* head = deref(asObj(cell->payload[0]));
      if (!isValue(head)) {
        phase = 1;
        x_ = head;
        return nullptr;
      }
      c = charValue(head);
    } else {
      c = charValue(value);
      phase = 0;
    }
    Buf* b = bufAppend(reinterpret_cast<Buf*>(t[-4]), c);
    t[-4] = reinterpret_cast<Word>(b);
    if (action == kPutStr1 || action == kPutStr2) {
      int h = action == kPutStr1 ? 1 : 2;
      if (b->length >= kCommitBytes || (c == '\n' && io_.lineBuffered(h)) || io_.unbuffered(h)) {
        io_.putBytes(h, bufText(b));
        b->length = 0;
      }
    }
    Obj* rest = deref(asObj(t[-3]));
    if (!isValue(rest)) {
      x_ = rest;
      return nullptr;
    }
    value = rest;
  }
}

Obj* Machine::finishForce(Word action, Obj* arg, std::string text) {
  switch (static_cast<ForceAction>(action)) {
    case kPutStr1: io_.putBytes(1, text); return rt_.unit;
    case kPutStr2: io_.putBytes(2, text); return rt_.unit;
    case kReadFile: {
      std::ifstream in(text, std::ios::binary);
      if (!in) ioError(errnoKind(errno), absl::StrCat(text, ": openFile: ", describeErrno(errno)));
      std::stringstream ss;
      ss << in.rdbuf();
      std::string contents = ss.str();
      const char* bytes = gcString(contents);
      return rt_.mkStrLit(bytes, contents.size(), false);
    }
    case kWritePath:
    case kAppendPath: {
      return startForce(action == kWritePath ? Word{kWriteBody} : Word{kAppendBody},
                        reinterpret_cast<Word>(gcString(text)), arg);
    }
    case kWriteBody:
    case kAppendBody: {
      const char* path = reinterpret_cast<const char*>(arg);
      std::FILE* f = std::fopen(path, action == kWriteBody ? "wb" : "ab");
      if (!f) ioError(errnoKind(errno), absl::StrCat(path, ": openFile: ", describeErrno(errno)));
      std::fwrite(text.data(), 1, text.size(), f);
      std::fclose(f);
      return rt_.unit;
    }
  }
  return rt_.unit;
}

Obj* Machine::ioPrim(bc::Prim p, const Word* a) {
  switch (p) {
    case Prim::primPutStr: {
      int64_t h = intValue(asObj(a[0]));
      if (h != 1 && h != 2) ioError(6, "<stdin>: hPutStr: illegal operation (handle is not open for writing)");
      return startForce(h == 1 ? kPutStr1 : kPutStr2, 0, asObj(a[1]));
    }
    case Prim::primHGetChar: {
      int64_t c = io_.getChar();
      if (c < 0) ioError(5, "<stdin>: hGetChar: end of file");
      return rt_.mkChar(static_cast<char32_t>(c));
    }
    case Prim::primHGetLine: {
      if (io_.atEof()) ioError(5, "<stdin>: hGetLine: end of file");
      std::string line;
      for (;;) {
        int64_t c = io_.getChar();
        if (c < 0 || c == '\n') break;
        core::appendUtf8(line, static_cast<char32_t>(c));
      }
      return rt_.mkString(line);
    }
    case Prim::primHGetContents: {
      Obj* in = rt_.alloc(&rt_.inputInfo, 1);
      in->payload[0] = 0;
      return in;
    }
    case Prim::primHIsEOF: return rt_.mkBool(io_.atEof());
    case Prim::primHFlush: io_.flush(static_cast<int>(intValue(asObj(a[0])))); return rt_.unit;
    case Prim::primHSetBuffering:
      io_.setBuffering(static_cast<int>(intValue(asObj(a[0]))), static_cast<int>(intValue(asObj(a[1]))));
      return rt_.unit;
    case Prim::primReadFile: return startForce(kReadFile, 0, asObj(a[0]));
    case Prim::primWriteFile: return startForce(kWritePath, a[1], asObj(a[0]));
    case Prim::primAppendFile: return startForce(kAppendPath, a[1], asObj(a[0]));
    case Prim::primGetArgs: {
      Obj* list = rt_.nil;
      for (size_t i = opts_.args.size(); i-- > 0;) {
        x_ = list;
        Obj* s = rt_.mkString(opts_.args[i]);
        list = rt_.mkCons(s, x_);
      }
      return list;
    }
    case Prim::primGetProgName: return rt_.mkString(opts_.progName);
    case Prim::primExitWith: raise(rt_.mkException(ExcKind::Exit, static_cast<Word>(intValue(asObj(a[0])))));
    case Prim::primIOError: raise(rt_.mkException(ExcKind::IOError, a[0]));
    default: break;
  }
  raise(rt_.mkException(ExcKind::ErrorNoTrace,
                        asWord(rt_.mkString(absl::StrCat("internal error: ", bc::primInfo(p).name,
                                                         " is not an IO primitive")))));
}

bool Machine::forceString(Obj* s, std::string* out) {
  Obj* cur = s;
  for (;;) {
    Obj* cell = evaluate(cur);
    if (!cell) return false;
    if (cell->info->tag == 0) return true;
    Obj* c = evaluate(asObj(cell->payload[0]));
    if (!c) return false;
    core::appendUtf8(*out, charValue(c));
    cur = asObj(cell->payload[1]);
  }
}

std::string Machine::describe(Obj* exc, int* exitCode) {
  *exitCode = 1;
  auto text = [&](Word s) {
    std::string out;
    if (!forceString(asObj(s), &out)) {
      int ignored;
      return out + describe(exception_, &ignored);
    }
    return out;
  };
  switch (static_cast<ExcKind>(exc->payload[0])) {
    case ExcKind::ErrorCall: {
      std::string msg = text(exc->payload[1]);
      std::string stack = text(exc->payload[2]);
      return stack.empty() ? msg : absl::StrCat(msg, "\n", stack);
    }
    case ExcKind::ErrorNoTrace: return text(exc->payload[1]);
    case ExcKind::Arith: {
      static const char* const kArith[] = {"divide by zero", "arithmetic overflow", "Ratio has zero denominator"};
      return kArith[exc->payload[1] < 3 ? exc->payload[1] : 0];
    }
    case ExcKind::IOError: {
      Obj* e = asObj(exc->payload[1]);
      if (e->payload[0] == 0 && e->payload[1]) return absl::StrCat("user error (", text(e->payload[1]), ")");
      return reinterpret_cast<const char*>(e->payload[2]);
    }
    case ExcKind::Exit: *exitCode = static_cast<int>(exc->payload[1]); return "";
    case ExcKind::Loop: return "<<loop>>";
    case ExcKind::StackOverflow: *exitCode = 2; return "stack overflow";  // GHC exits with 2 too
    case ExcKind::HeapOverflow: {
      // GHC's words and exit code (251) for an exhausted heap.
      *exitCode = 251;
      size_t n = opts_.maxHeapBytes;
      return absl::StrCat("Heap exhausted;\n", opts_.progName, ": Current maximum heap size is ", n, " bytes (",
                          n >> 20, " MB).\n", opts_.progName, ": Use `--max-heap=SIZE' to increase it.");
    }
  }
  return "unknown exception";
}

int Machine::runMain(Obj* mainAction) { return mainExitCode(call(mainAction, {rt_.world})); }

int Machine::mainExitCode(Obj* r) {
  if (r) {
    io_.flushAll();
    return 0;
  }
  Obj* exc = exception_;
  int code = 1;
  bool isExit = static_cast<ExcKind>(exc->payload[0]) == ExcKind::Exit;
  std::string msg = describe(exc, &code);
  io_.flushAll();
  if (!isExit) {
    // The lexical backtrace: where the exception was raised, by cost-centre
    // stack (Note [Cost-centre stack rules] in ccs/stack.h), after GHC's
    // text unchanged (a pattern-match failure's blank line included).
    std::string trace = ccs::renderBacktrace(reinterpret_cast<const ccs::Stack*>(exc->payload[3]));
    if (!trace.empty()) absl::StrAppend(&msg, "\n", trace);
    std::string line = absl::StrCat(opts_.progName, ": ", msg, "\n");
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fflush(stderr);
  }
  return code;
}

}  // namespace interp
