// The standard handles: buffered output on stdout and stderr, buffered
// UTF-8 input on stdin, with GHC's buffering rules.
//
// Note [Output buffering]
// ~~~~~~~~~~~~~~~~~~~~~~~
// As GHC: stdout is line-buffered on a terminal and block-buffered
// otherwise; stderr is unbuffered; hSetBuffering changes a handle's mode
// (0 none, 1 line, 2 block). Everything buffered is flushed when the
// program ends, however it ends, and before an uncaught exception's message
// is printed, so output and error messages appear in program order.
#pragma once

#include <cstdint>
#include <string>

namespace interp {

class Io {
 public:
  Io();
  ~Io();

  // Handles are 0 (stdin), 1 (stdout), 2 (stderr). Output of a code point, UTF-8 encoded.
  void put(int handle, char32_t c);
  void putBytes(int handle, const std::string& bytes);
  void flush(int handle);
  void flushAll();
  void setBuffering(int handle, int mode);
  bool lineBuffered(int handle) const { return handle >= 1 && handle <= 2 && out_[handle].mode == 1; }
  bool unbuffered(int handle) const { return handle >= 1 && handle <= 2 && out_[handle].mode == 0; }

  // Input from stdin: the next code point, or -1 at end of input.
  int64_t getChar();
  bool atEof();

 private:
  struct Out {
    int fd = 1;
    int mode = 2;
    std::string buf;
  };
  Out out_[3];
  std::string in_;
  size_t inPos_ = 0;
  bool inEof_ = false;
  bool fill();
};

}  // namespace interp
