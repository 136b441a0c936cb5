// The exit codes of the lazuli command (DESIGN.md section 1).
#pragma once

namespace driver {

inline constexpr int kExitOk = 0;
inline constexpr int kExitException = 1;  // uncaught exception in the program
inline constexpr int kExitCompile = 2;    // compile error (file:line:col: ...)
inline constexpr int kExitUsage = 3;      // bad usage or a bad object file

}  // namespace driver
