#include "core/source_span.h"

#include "absl/strings/str_cat.h"
#include "core/absl_compat.h"
#include "core/source_file.h"

namespace core {

std::string renderSpanNoFile(const SrcSpan& s) {
  const uint32_t sl = s.start.line, sc = s.start.col, el = s.end.line, ec = s.end.col;
  if (sl == el) {
    if (ec <= sc + 1) return absl::StrCat(sl, ":", sc);
    return absl::StrCat(sl, ":", sc, "-", ec - 1);
  }
  return absl::StrCat("(", sl, ",", sc, ")-(", el, ",", ec == 0 ? 0 : ec - 1, ")");
}

std::string renderSpan(const SrcSpan& s) {
  return absl::StrCat(fileName(s.file), ":", renderSpanNoFile(s));
}

std::string renderStart(const SrcSpan& s) {
  return absl::StrCat(fileName(s.file), ":", s.start.line, ":", s.start.col);
}

}  // namespace core
