// Internal impossibilities are loud (STYLE: "Internal impossibilities are loud").
// LZ_UNREACHABLE prints where and why, then aborts; it is for compiler bugs,
// never for bad user input (that goes through core/diagnostic.h).
#pragma once

#include <cstdio>
#include <cstdlib>

namespace core {
[[noreturn]] void unreachable(const char* file, int line, const char* msg);
}  // namespace core

#define LZ_UNREACHABLE(...)                                       \
  do {                                                            \
    char lz_buf_[256];                                            \
    std::snprintf(lz_buf_, sizeof lz_buf_, __VA_ARGS__);          \
    ::core::unreachable(__FILE__, __LINE__, lz_buf_);             \
  } while (0)

#define LZ_CHECK(cond)                                                 \
  do {                                                                 \
    if (!(cond)) ::core::unreachable(__FILE__, __LINE__, "check failed: " #cond); \
  } while (0)
