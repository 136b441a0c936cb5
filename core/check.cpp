#include "core/check.h"

namespace core {

void unreachable(const char* file, int line, const char* msg) {
  std::fflush(stdout);
  std::fprintf(stderr, "lazuli: internal error: %s (%s:%d)\nPlease report this as a bug.\n",
               msg, file, line);
  std::abort();
}

}  // namespace core
