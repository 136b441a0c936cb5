// Debian's abseil is built with its own string_view, not std::string_view
// (TOOLCHAIN.md, "abseil"). av() converts at the call sites of absl::StrCat
// and friends.
#pragma once

#include <string_view>

#include "absl/strings/string_view.h"

namespace core {
inline absl::string_view av(std::string_view s) { return absl::string_view(s.data(), s.size()); }
}  // namespace core
