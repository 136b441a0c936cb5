#include "interp/io.h"

#include <unistd.h>

#include <cerrno>

#include "core/utf8.h"

namespace interp {

namespace {
constexpr size_t kBlockSize = 8192;

void writeAll(int fd, const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;  // a closed pipe: output is lost, as GHC's would be
    }
    p += w;
    n -= static_cast<size_t>(w);
  }
}
}  // namespace

Io::Io() {
  out_[1].fd = 1;
  out_[1].mode = isatty(1) ? 1 : 2;
  out_[2].fd = 2;
  out_[2].mode = 0;
  out_[0].fd = -1;
}

Io::~Io() { flushAll(); }

void Io::put(int handle, char32_t c) {
  if (handle < 1 || handle > 2) return;
  Out& o = out_[handle];
  core::appendUtf8(o.buf, c);
  if (o.mode == 0 || (o.mode == 1 && c == '\n') || o.buf.size() >= kBlockSize) flush(handle);
}

void Io::putBytes(int handle, const std::string& bytes) {
  if (handle < 1 || handle > 2) return;
  Out& o = out_[handle];
  o.buf += bytes;
  if (o.mode == 0 || o.buf.size() >= kBlockSize || (o.mode == 1 && bytes.find('\n') != std::string::npos))
    flush(handle);
}

void Io::flush(int handle) {
  if (handle < 1 || handle > 2) return;
  Out& o = out_[handle];
  if (o.buf.empty()) return;
  writeAll(o.fd, o.buf.data(), o.buf.size());
  o.buf.clear();
}

void Io::flushAll() {
  flush(1);
  flush(2);
}

void Io::setBuffering(int handle, int mode) {
  if (handle < 1 || handle > 2) return;
  flush(handle);
  out_[handle].mode = mode;
}

bool Io::fill() {
  if (inEof_) return false;
  if (inPos_ > 0) {
    in_.erase(0, inPos_);
    inPos_ = 0;
  }
  char buf[kBlockSize];
  for (;;) {
    ssize_t n = ::read(0, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      inEof_ = true;
      return false;
    }
    in_.append(buf, static_cast<size_t>(n));
    return true;
  }
}

bool Io::atEof() {
  if (inPos_ < in_.size()) return false;
  return !fill();
}

int64_t Io::getChar() {
  if (atEof()) return -1;
  // A sequence may straddle the end of the buffer: have all of it first.
  unsigned char b = static_cast<unsigned char>(in_[inPos_]);
  size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  while (in_.size() - inPos_ < n && fill()) {
  }
  char32_t c = core::decodeUtf8OrByte(in_, inPos_);
  return c;
}

}  // namespace interp
