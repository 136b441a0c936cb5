#include "interp/stack.h"

#include <sys/mman.h>
#include <unistd.h>

namespace interp {

size_t defaultMaxStackBytes() {
  long pages = sysconf(_SC_PHYS_PAGES);
  long page = sysconf(_SC_PAGESIZE);
  if (pages <= 0 || page <= 0) return size_t{1} << 30;
  return static_cast<size_t>(pages) / 10 * 8 * static_cast<size_t>(page);
}

Stack::Stack(size_t maxBytes) {
  size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  size_t bytes = (maxBytes + page - 1) / page * page;
  if (bytes < 16 * page) bytes = 16 * page;
  // Address space only: pages are committed when first touched.
  for (;;) {
    void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p != MAP_FAILED) {
      map_ = p;
      mapBytes_ = bytes;
      break;
    }
    if (bytes <= 16 * page) break;
    bytes /= 2;
  }
  if (!map_) return;  // lo_ == limit_: every push overflows
  lo_ = static_cast<Word*>(map_) + 1;   // word 0 is the sentinel frame's tag
  static_cast<Word*>(map_)[0] = kNoFrame;
  limit_ = static_cast<Word*>(map_) + mapBytes_ / sizeof(Word);
}

Stack::~Stack() {
  if (map_) munmap(map_, mapBytes_);
}

}  // namespace interp
